package com.clinova.practice.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Time nobody can be booked in [{@code start}, {@code end}): a {@link Kind#HOLIDAY} of the whole
 * clinic, a {@link Kind#CLOSURE} of {@code locationId}, or an {@link Kind#ABSENCE} of
 * {@code practitionerId}.
 */
public record ScheduleExceptionView(
        UUID id, Kind kind, UUID practitionerId, UUID locationId, Instant start, Instant end, String reason)
        implements Serializable {

    public enum Kind {
        HOLIDAY,
        CLOSURE,
        ABSENCE
    }

    /** Whether this exception stops the practitioner from working at the location. */
    public boolean blocks(UUID practitioner, UUID location) {
        return switch (kind) {
            case HOLIDAY -> true;
            case CLOSURE -> locationId.equals(location);
            case ABSENCE -> practitionerId.equals(practitioner);
        };
    }
}
