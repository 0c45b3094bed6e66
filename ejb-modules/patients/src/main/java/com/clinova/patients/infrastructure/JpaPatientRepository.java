package com.clinova.patients.infrastructure;

import com.clinova.patients.api.DuplicateNationalIdException;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.domain.Patient;
import com.clinova.patients.domain.PatientRepository;
import com.clinova.platform.error.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(em.find(Patient.class, id.value()));
    }

    @Override
    public List<Patient> findAll(Collection<PatientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter(
                        "ids", ids.stream().map(PatientId::value).distinct().toList())
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Patient p", Long.class).getSingleResult();
    }

    @Override
    public long countExclusively() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended("
                        + "'clinova.quota.active-patients:' || current_setting('app.tenant_id', true), 0))")
                .getSingleResult();
        return count();
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
        flush(patient);
    }

    @Override
    public void save(Patient patient) {
        flush(patient);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Patient> search(PatientQuery query) {
        PatientSearchSql sql = PatientSearchSql.of(query);
        Query nativeQuery = em.createNativeQuery(sql.text(), Patient.class);
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            nativeQuery.setParameter(i + 1, parameters.get(i));
        }
        return nativeQuery.getResultList();
    }

    private void flush(Patient patient) {
        try {
            em.flush();
            em.refresh(patient); // the stored row (microsecond timestamps, trigger-set updated_at) is what GET shows
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Patient", patient.version());
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateNationalIdException();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
