package com.clinova.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * One practitioner who may perform a service. The row carries the tenant because every clinic
 * table does (row-level security and the composite foreign keys need it).
 */
@Embeddable
public class ServicePractitioner {

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;

    protected ServicePractitioner() {}

    ServicePractitioner(UUID tenantId, UUID practitionerId) {
        this.tenantId = tenantId;
        this.practitionerId = practitionerId;
    }

    UUID practitionerId() {
        return practitionerId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServicePractitioner other
                && Objects.equals(tenantId, other.tenantId)
                && Objects.equals(practitionerId, other.practitionerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, practitionerId);
    }
}
