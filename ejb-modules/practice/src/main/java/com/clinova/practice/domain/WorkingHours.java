package com.clinova.practice.domain;

import com.clinova.practice.api.WorkingHoursBlock;
import com.clinova.practice.api.WorkingHoursView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One stored block of a practitioner's weekly hours. Blocks are never edited one by one: a
 * {@link WorkingWeek} replaces them all, so its rules (no two blocks of a day overlap, at any
 * location) hold for the week as a whole. The database's exclusion constraint holds the same rule
 * against concurrent writers.
 */
@Entity
@Table(schema = "clinic", name = "working_hours")
public class WorkingHours {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private UUID locationId;

    /** ISO day: 1 = Monday. An int rather than a converter: smallint reads back as Integer. */
    @Column(name = "day_of_week", nullable = false, updatable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime endTime;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected WorkingHours() {}

    WorkingHours(UUID tenantId, UUID practitionerId, WorkingHoursBlock block, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.practitionerId = practitionerId;
        this.locationId = block.locationId();
        this.dayOfWeek = block.day().getValue();
        this.startTime = block.start();
        this.endTime = block.end();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public WorkingHoursBlock block() {
        return new WorkingHoursBlock(locationId, DayOfWeek.of(dayOfWeek), startTime, endTime);
    }

    public WorkingHoursView view() {
        return new WorkingHoursView(id, practitionerId, locationId, DayOfWeek.of(dayOfWeek), startTime, endTime);
    }
}
