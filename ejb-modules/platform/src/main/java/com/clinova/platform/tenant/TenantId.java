package com.clinova.platform.tenant;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identity of a clinic (tenant). A UUID so that tenants cannot be enumerated. */
public record TenantId(UUID value) implements Serializable {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
