package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform audit trail: every control-plane action, with who, what, which clinic, when (the
 * database's clock, UTC), from where and in which request (the bound request origin).
 * Append-only: nothing can change or remove an entry.
 */
@Local
public interface PlatformAuditTrail {

    /** Records an action in the caller's transaction (so it commits or rolls back with it). */
    void record(PlatformActor actor, String action, TenantId tenant, Map<String, String> detail);

    /** The newest entries first, optionally of one clinic; {@code limit} 1–200. */
    List<PlatformAuditEntry> recent(Optional<TenantId> tenant, int limit);
}
