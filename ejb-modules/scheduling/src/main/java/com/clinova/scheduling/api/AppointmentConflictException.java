package com.clinova.scheduling.api;

import com.clinova.platform.error.ConflictException;
import java.util.Locale;
import java.util.UUID;

/**
 * The time is already taken: another live appointment overlaps it for the same practitioner, room
 * or patient. The database refused the write (exclusion constraint), so the refusal holds however
 * many requests raced for the time on however many nodes.
 */
public class AppointmentConflictException extends ConflictException {

    /** The resource whose time is taken. */
    public enum Resource {
        PRACTITIONER,
        ROOM,
        PATIENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Resource resource;
    private final UUID resourceId;

    public AppointmentConflictException(Resource resource, UUID resourceId) {
        super("The " + resource.code() + " already has an appointment at this time");
        this.resource = resource;
        this.resourceId = resourceId;
    }

    public Resource resource() {
        return resource;
    }

    /** The taken practitioner, room or patient; may be null when it could not be told. */
    public UUID resourceId() {
        return resourceId;
    }
}
