package com.clinova.practice.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.RoomView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A treatment room (surgery, cabin) at one location, for good: a room does not move. Its name is
 * unique at its location (enforced by the database). Rooms are only opened at an active location;
 * an inactive room stays readable but no service may newly need it.
 */
@Entity
@Table(schema = "clinic", name = "room")
public class Room {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private UUID locationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Room() {}

    /**
     * @throws com.clinova.platform.error.RuleViolationException for a bad name or an inactive
     *     location
     */
    public static Room open(TenantId clinic, Location location, String name, Instant now) {
        FieldRules rules = new FieldRules();
        String clean = rules.required("name", name, Location.NAME_MAX);
        if (!location.isActive()) {
            rules.add("locationId", "is inactive; rooms can only be added to active locations");
        }
        rules.throwIfBroken();
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.tenantId = clinic.value();
        room.locationId = location.id();
        room.name = clean;
        room.active = true;
        room.createdAt = now.atOffset(ZoneOffset.UTC);
        return room;
    }

    public void rename(String newName) {
        FieldRules rules = new FieldRules();
        String clean = rules.required("name", newName, Location.NAME_MAX);
        rules.throwIfBroken();
        name = clean;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public UUID id() {
        return id;
    }

    public UUID locationId() {
        return locationId;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public RoomView view() {
        return new RoomView(id, locationId, name, active);
    }
}
