package com.clinova.practice.infrastructure;

import com.clinova.practice.domain.ScheduleException;
import com.clinova.practice.domain.ScheduleExceptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaScheduleExceptionRepository implements ScheduleExceptionRepository {

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<ScheduleException> find(UUID id) {
        return Optional.ofNullable(em.find(ScheduleException.class, id));
    }

    @Override
    public void add(ScheduleException exception) {
        em.persist(exception);
        em.flush();
    }

    @Override
    public void remove(ScheduleException exception) {
        em.remove(exception);
        em.flush();
    }

    @Override
    public List<ScheduleException> overlapping(Instant from, Instant to) {
        return em.createQuery(
                        "select e from ScheduleException e where e.endsAt > :from and e.startsAt < :to"
                                + " order by e.startsAt, e.id",
                        ScheduleException.class)
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList();
    }
}
