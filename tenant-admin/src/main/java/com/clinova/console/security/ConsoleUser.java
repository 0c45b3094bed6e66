package com.clinova.console.security;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in console user: an operator ({@code tenant} null, role {@code operator}) or a clinic
 * administrator (their clinic, role {@code clinic-admin}). Small and serializable: it lives in sessions.
 */
public record ConsoleUser(UUID id, String username, String displayName, TenantId tenant, String slug, Set<String> roles)
        implements Serializable {

    public static final String OPERATOR = "operator";
    public static final String CLINIC_ADMIN = "clinic-admin";

    public ConsoleUser {
        roles = Set.copyOf(roles);
    }

    public boolean isOperator() {
        return tenant == null && roles.contains(OPERATOR);
    }

    public Optional<TenantId> clinic() {
        return Optional.ofNullable(tenant);
    }

    /** Whether this user may act at a host serving {@code hostClinic} (empty: the console host). */
    public boolean belongsTo(Optional<TenantId> hostClinic) {
        return hostClinic.isEmpty() ? isOperator() : hostClinic.get().equals(tenant) && roles.contains(CLINIC_ADMIN);
    }
}
