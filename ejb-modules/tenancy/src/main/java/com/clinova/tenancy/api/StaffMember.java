package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** An authenticated member of a clinic's staff. Small and serializable: it lives in sessions. */
public record StaffMember(UUID id, TenantId tenant, String username, String displayName, Set<String> roles)
        implements Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
