package com.clinova.practice.api;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Holidays, closures and absences, for the clinic's admins (every staff member may read). */
@Local
public interface ScheduleExceptionService {

    /** @throws RuleViolationException naming every broken rule */
    ScheduleExceptionView declare(ScheduleExceptionDetails details);

    /** @throws ResourceNotFoundException for an unknown id */
    void delete(UUID id);

    Optional<ScheduleExceptionView> find(UUID id);

    /** The rules these details break (empty when valid). */
    List<FieldViolation> violationsOf(ScheduleExceptionDetails details);

    /**
     * Exceptions overlapping the days {@code from} to {@code to} (both included) in the clinic's
     * zone, by start.
     *
     * @throws RuleViolationException when {@code to} is before {@code from} or the range is longer
     *     than {@value #MAX_RANGE_DAYS} days
     */
    List<ScheduleExceptionView> between(LocalDate from, LocalDate to);

    /** The zone holidays and absences are entered and listed in. */
    ZoneId clinicZone();

    int MAX_RANGE_DAYS = 366;
}
