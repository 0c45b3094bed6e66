package com.clinova.practice.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.LocationDetails;
import com.clinova.practice.api.LocationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A place the clinic works at.
 *
 * <p>Invariants: a name (unique in the clinic, enforced by the database) and a time zone that is a
 * known IANA region (working hours there are wall-clock times in it; a fixed offset would break
 * on the next daylight-saving change). An inactive location stays readable (appointments and
 * hours refer to it) but nothing new may be placed there.
 */
@Entity
@Table(schema = "clinic", name = "location")
public class Location {

    static final int NAME_MAX = 120;

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String name;

    private String address;
    private String phone;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Location() {}

    public static Location open(TenantId clinic, LocationDetails details, Instant now) {
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.tenantId = clinic.value();
        location.active = true;
        location.createdAt = now.atOffset(ZoneOffset.UTC);
        location.change(details);
        return location;
    }

    /** Replaces the details; on a broken rule nothing changes. */
    public void change(LocationDetails details) {
        FieldRules rules = new FieldRules();
        String newName = rules.required("name", details.name(), NAME_MAX);
        String newAddress = rules.multiLine("address", details.address(), 300);
        String newPhone = rules.phone("phone", details.phone());
        String zone = rules.required("timeZone", details.timeZone(), 64);
        if (zone != null && !rules.has("timeZone") && !isRegion(zone)) {
            rules.add("timeZone", "must be an IANA time zone such as Europe/Madrid");
        }
        rules.throwIfBroken();
        name = newName;
        address = newAddress;
        phone = newPhone;
        timeZone = zone;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    private static boolean isRegion(String zone) {
        try {
            return ZoneId.getAvailableZoneIds().contains(zone) && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public UUID id() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public LocationView view() {
        return new LocationView(id, name, address, phone, ZoneId.of(timeZone), active);
    }
}
