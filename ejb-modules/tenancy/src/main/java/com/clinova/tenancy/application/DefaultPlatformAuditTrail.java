package com.clinova.tenancy.application;

import com.clinova.platform.request.RequestOrigin;
import com.clinova.platform.request.RequestOriginContext;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.PlatformAuditEntry;
import com.clinova.tenancy.api.PlatformAuditTrail;
import com.clinova.tenancy.domain.PlatformAuditRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Records control-plane actions with the request's id and client address (bound at the edge). */
@Stateless
public class DefaultPlatformAuditTrail implements PlatformAuditTrail {

    @Inject
    PlatformAuditRepository entries;

    @Override
    public void record(PlatformActor actor, String action, TenantId tenant, Map<String, String> detail) {
        Optional<RequestOrigin> origin = RequestOriginContext.current();
        entries.append(new PlatformAuditEntry(
                UUID.randomUUID(),
                Instant.now(), // replaced by the database's clock
                actor.kind().code(),
                actor.name(),
                action,
                tenant == null ? null : tenant.value(),
                origin.flatMap(RequestOrigin::clientAddress).orElse(null),
                origin.map(RequestOrigin::requestId).orElse(null),
                detail));
    }

    @Override
    public List<PlatformAuditEntry> recent(Optional<TenantId> tenant, int limit) {
        return entries.newest(tenant.map(TenantId::value), Math.max(1, Math.min(200, limit)));
    }
}
