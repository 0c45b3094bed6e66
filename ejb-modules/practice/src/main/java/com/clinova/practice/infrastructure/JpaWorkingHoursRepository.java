package com.clinova.practice.infrastructure;

import com.clinova.practice.domain.WorkingHours;
import com.clinova.practice.domain.WorkingHoursRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaWorkingHoursRepository implements WorkingHoursRepository {

    private static final Map<String, String> CONFLICTS = Map.of(
            "working_hours_no_overlap",
            "These hours overlap hours the practitioner was given meanwhile; reload the week and try again");

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public List<WorkingHours> ofPractitioners(Collection<UUID> practitionerIds) {
        if (practitionerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select w from WorkingHours w where w.practitionerId in :ids"
                                + " order by w.practitionerId, w.dayOfWeek, w.startTime",
                        WorkingHours.class)
                .setParameter("ids", practitionerIds)
                .getResultList();
    }

    @Override
    public void replace(UUID practitionerId, List<WorkingHours> week) {
        em.createQuery("delete from WorkingHours w where w.practitionerId = :id")
                .setParameter("id", practitionerId)
                .executeUpdate();
        week.forEach(em::persist);
        PersistenceFailures.flush(em, "Working hours", 0, CONFLICTS);
    }
}
