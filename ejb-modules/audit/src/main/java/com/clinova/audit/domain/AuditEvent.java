package com.clinova.audit.domain;

import com.clinova.audit.api.PatientDataAccess;
import com.clinova.platform.request.RequestOrigin;
import com.clinova.platform.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An access about to be appended to a clinic's trail.
 *
 * <p>Invariants: it belongs to one clinic and one actor; its request id, when present, is a short
 * token of letters, digits, dot, underscore and hyphen (anything else is dropped rather than
 * stored, so a strange header can never fail the request it came with). Sequence number, time
 * and hashes are not part of it: the database assigns them when the event is appended.
 */
public record AuditEvent(
        UUID id,
        TenantId clinic,
        Actor actor,
        PatientDataAccess access,
        Optional<String> requestId,
        Optional<String> clientAddress) {

    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(access, "access");
        requestId = requestId.filter(r -> REQUEST_ID.matcher(r).matches());
        Objects.requireNonNull(clientAddress, "client address");
    }

    /** The access by {@code actor} in {@code clinic}, during the request of {@code origin} if any. */
    public static AuditEvent of(
            TenantId clinic, Actor actor, PatientDataAccess access, Optional<RequestOrigin> origin) {
        return new AuditEvent(
                UUID.randomUUID(),
                clinic,
                actor,
                access,
                origin.map(RequestOrigin::requestId),
                origin.flatMap(RequestOrigin::clientAddress));
    }
}
