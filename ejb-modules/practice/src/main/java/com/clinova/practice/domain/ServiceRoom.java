package com.clinova.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * One room a service can take place in. The row carries the tenant because every clinic
 * table does (row-level security and the composite foreign keys need it).
 */
@Embeddable
public class ServiceRoom {

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "room_id", nullable = false)
    private UUID roomId;

    protected ServiceRoom() {}

    ServiceRoom(UUID tenantId, UUID roomId) {
        this.tenantId = tenantId;
        this.roomId = roomId;
    }

    UUID roomId() {
        return roomId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceRoom other
                && Objects.equals(tenantId, other.tenantId)
                && Objects.equals(roomId, other.roomId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, roomId);
    }
}
