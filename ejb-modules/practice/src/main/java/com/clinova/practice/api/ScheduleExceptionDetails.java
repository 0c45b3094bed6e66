package com.clinova.practice.api;

import com.clinova.practice.api.ScheduleExceptionView.Kind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An exception as an admin enters it: {@code start} (inclusive) and {@code end} (exclusive) are
 * wall-clock times in the location's zone for a closure, in the clinic's zone otherwise. A
 * holiday names neither practitioner nor location, a closure only the location, an absence only
 * the practitioner.
 */
public record ScheduleExceptionDetails(
        Kind kind, UUID practitionerId, UUID locationId, LocalDateTime start, LocalDateTime end, String reason)
        implements Serializable {}
