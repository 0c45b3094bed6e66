package com.clinova.practice.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Weekly working hours of the clinic bound to the current transaction. */
public interface WorkingHoursRepository {

    /** Every block of these practitioners, by practitioner, day and start. */
    List<WorkingHours> ofPractitioners(Collection<UUID> practitionerIds);

    /**
     * Replaces all blocks of one practitioner with {@code week} and flushes, so an overlap with
     * blocks another transaction committed meanwhile fails inside this call.
     */
    void replace(UUID practitionerId, List<WorkingHours> week);
}
