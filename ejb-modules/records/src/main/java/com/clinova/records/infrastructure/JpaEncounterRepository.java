package com.clinova.records.infrastructure;

import com.clinova.records.api.EncounterExistsException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterQuery;
import com.clinova.records.domain.Encounter;
import com.clinova.records.domain.EncounterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEncounterRepository implements EncounterRepository {

    /**
     * A transaction-scoped advisory lock per encounter. {@code SELECT ... FOR UPDATE} would need an
     * UPDATE grant on the encounter, which the application role deliberately lacks (encounters never
     * change); the lock key is derived from the encounter's random id, so clinics never contend.
     */
    private static final String LOCK = "select pg_advisory_xact_lock(?)";

    private static final String OF_PATIENT = "select * from clinic.encounter where patient_id = ?";
    private static final String AFTER = " and (opened_at, id) < (?, ?)";
    private static final String NEWEST_FIRST = " order by opened_at desc, id desc limit ?";

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public Optional<Encounter> find(EncounterId id) {
        return Optional.ofNullable(em.find(Encounter.class, id.value()));
    }

    @Override
    public Optional<Encounter> findForAdding(EncounterId id) {
        Optional<Encounter> encounter = find(id);
        if (encounter.isPresent()) {
            UUID key = id.value();
            em.createNativeQuery(LOCK)
                    .setParameter(1, key.getMostSignificantBits() ^ key.getLeastSignificantBits())
                    .getSingleResult();
        }
        return encounter;
    }

    @Override
    public Optional<Encounter> ofAppointment(UUID appointmentId) {
        return em.createQuery("select e from Encounter e where e.appointmentId = :appointment", Encounter.class)
                .setParameter("appointment", appointmentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Encounter encounter) {
        try {
            em.persist(encounter);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw new EncounterExistsException(null);
            }
            throw e;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Encounter> ofPatient(EncounterQuery query) {
        String sql = OF_PATIENT + (query.after().isPresent() ? AFTER : "") + NEWEST_FIRST;
        Query nativeQuery = em.createNativeQuery(sql, Encounter.class);
        int position = 1;
        nativeQuery.setParameter(position++, query.patientId());
        if (query.after().isPresent()) {
            nativeQuery.setParameter(position++, query.after().get().openedAt().atOffset(ZoneOffset.UTC));
            nativeQuery.setParameter(position++, query.after().get().id());
        }
        nativeQuery.setParameter(position, query.limit() + 1);
        return nativeQuery.getResultList();
    }
}
