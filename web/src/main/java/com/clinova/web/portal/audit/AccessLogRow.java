package com.clinova.web.portal.audit;

import com.clinova.audit.api.AuditEntry;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One recorded access as the page lists it: plain text, so the view can be kept in the session store. */
public record AccessLogRow(
        long sequence,
        String when,
        String actor,
        String roles,
        String action,
        String objectType,
        int patients,
        String clientAddress,
        String requestId)
        implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Times in the clinic's own zone, as its staff read a clock. */
    static AccessLogRow of(AuditEntry entry, ZoneId clinicZone) {
        return new AccessLogRow(
                entry.sequence(),
                WHEN.format(entry.occurredAt().atZone(clinicZone)),
                entry.actorUsername(),
                String.join(", ", entry.actorRoles()),
                entry.action().code(),
                entry.objectType(),
                entry.patientIds().size(),
                entry.clientAddress().orElse(""),
                entry.requestId().orElse(""));
    }
}
