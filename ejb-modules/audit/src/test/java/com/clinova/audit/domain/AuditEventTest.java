package com.clinova.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.platform.request.RequestOrigin;
import com.clinova.platform.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private final TenantId clinic = new TenantId(UUID.randomUUID());
    private final Actor actor = new Actor("frontdesk", List.of("front-desk"));
    private final UUID patient = UUID.randomUUID();
    private final PatientDataAccess read = PatientDataAccess.of(AuditAction.READ, "patient", patient, patient);

    @Test
    void carriesTheRequestsIdAndAddress() {
        AuditEvent event = AuditEvent.of(
                clinic, actor, read, Optional.of(new RequestOrigin("req-42", Optional.of("203.0.113.7"))));

        assertEquals(Optional.of("req-42"), event.requestId());
        assertEquals(Optional.of("203.0.113.7"), event.clientAddress());
    }

    @Test
    void workOutsideARequestHasNoOrigin() {
        AuditEvent event = AuditEvent.of(clinic, actor, read, Optional.empty());

        assertEquals(Optional.empty(), event.requestId());
        assertEquals(Optional.empty(), event.clientAddress());
    }

    @Test
    void aRequestIdTheTrailCannotStoreIsDroppedNotFailed() {
        for (String strange : List.of("", "with space", "x".repeat(65), "semi;colon")) {
            AuditEvent event =
                    AuditEvent.of(clinic, actor, read, Optional.of(new RequestOrigin(strange, Optional.empty())));
            assertEquals(Optional.empty(), event.requestId(), strange);
        }
    }
}
