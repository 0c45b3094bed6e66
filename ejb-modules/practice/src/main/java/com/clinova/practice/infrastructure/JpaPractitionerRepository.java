package com.clinova.practice.infrastructure;

import com.clinova.practice.api.NameKey;
import com.clinova.practice.domain.Practitioner;
import com.clinova.practice.domain.PractitionerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPractitionerRepository implements PractitionerRepository {

    private static final Map<String, String> CONFLICTS =
            Map.of("practitioner_tenant_user_key", "This staff account is already linked to another practitioner");

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<Practitioner> find(UUID id) {
        return Optional.ofNullable(em.find(Practitioner.class, id));
    }

    @Override
    public Optional<Practitioner> findLocked(UUID id) {
        return Optional.ofNullable(em.find(Practitioner.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Practitioner> findByAccount(UUID userId) {
        return em.createQuery("select p from Practitioner p where p.userId = :user", Practitioner.class)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countActive() {
        return em.createQuery("select count(p) from Practitioner p where p.active = true", Long.class)
                .getSingleResult();
    }

    @Override
    public long countActiveExclusively() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended("
                        + "'clinova.quota.practitioners:' || current_setting('app.tenant_id', true), 0))")
                .getSingleResult();
        return countActive();
    }

    @Override
    public void add(Practitioner practitioner) {
        em.persist(practitioner);
        save(practitioner);
    }

    @Override
    public void save(Practitioner practitioner) {
        PersistenceFailures.flush(em, "Practitioner", practitioner.version(), CONFLICTS);
    }

    @Override
    public List<Practitioner> all() {
        return em.createQuery("select p from Practitioner p order by p.displayName, p.id", Practitioner.class)
                .getResultList();
    }

    @Override
    public List<Practitioner> list(Optional<NameKey> after, int limit) {
        return NameOrder.page(em, Practitioner.class, "practitioner", "display_name", after, limit);
    }
}
