package com.clinova.practice.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Holidays, closures and absences of the clinic bound to the current transaction. */
public interface ScheduleExceptionRepository {

    Optional<ScheduleException> find(UUID id);

    void add(ScheduleException exception);

    void remove(ScheduleException exception);

    /** Exceptions overlapping [{@code from}, {@code to}), by start. */
    List<ScheduleException> overlapping(Instant from, Instant to);
}
