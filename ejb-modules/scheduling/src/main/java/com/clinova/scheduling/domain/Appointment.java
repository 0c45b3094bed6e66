package com.clinova.scheduling.domain;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.scheduling.api.AppointmentAction;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentStateException;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.AppointmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A patient's appointment for a service with a practitioner, at a location and maybe in a room.
 *
 * <p>Invariants: it starts before it ends, and does not start in the past when made or moved;
 * a hold carries the moment it expires and nothing else does; a cancelled appointment carries its
 * reason; status changes follow {@link AppointmentRules} (which also says who may make them). The
 * patient, service and clinic never change. That no two live appointments of one practitioner,
 * room or patient overlap is not checked here: the database guarantees it, across every node.
 * {@code version} increases with every change, so concurrent changes cannot overwrite each other.
 */
@Entity
@Table(schema = "clinic", name = "appointment")
public class Appointment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    @Column(name = "room_id")
    private UUID roomId;

    @Column(name = "service_id", nullable = false, updatable = false)
    private UUID serviceId;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC. */
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Convert(converter = AppointmentStatusColumn.class)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private String notes;

    @Column(name = "booked_by", updatable = false)
    private UUID bookedBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Appointment() {}

    /** Books the time at once. */
    public static Appointment book(TenantId clinic, Booking booking, Actor by, Instant now) {
        return open(clinic, booking, by, now, AppointmentStatus.BOOKED, null);
    }

    /** Holds the time until {@code now + holdFor}; it blocks the time like a booking until then. */
    public static Appointment hold(TenantId clinic, Booking booking, Actor by, Instant now, Duration holdFor) {
        return open(clinic, booking, by, now, AppointmentStatus.HELD, now.plus(holdFor));
    }

    private static Appointment open(
            TenantId clinic, Booking booking, Actor by, Instant now, AppointmentStatus status, Instant expires) {
        if (!by.isDesk()) {
            throw new NotPermittedException("Only front desk and clinic admins book appointments");
        }
        requireNotPast(booking.placement().period(), now);
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.tenantId = clinic.value();
        appointment.patientId = booking.patientId();
        appointment.serviceId = booking.serviceId();
        appointment.place(booking.placement());
        appointment.notes = BookingRules.cleanNotes(booking.notes());
        appointment.status = status;
        appointment.holdExpiresAt = utc(expires);
        appointment.bookedBy = by.userId();
        appointment.createdAt = utc(now);
        appointment.updatedAt = appointment.createdAt;
        return appointment;
    }

    public void confirm(Actor by, Instant now) {
        require(AppointmentAction.CONFIRM, by, now);
        changeTo(AppointmentStatus.BOOKED, now);
    }

    public void cancel(Actor by, String reason, Instant now) {
        require(AppointmentAction.CANCEL, by, now);
        cancelReason = AppointmentRules.reason(reason);
        changeTo(AppointmentStatus.CANCELLED, now);
    }

    /** Moves the appointment; its length stays what it was booked with. */
    public void reschedule(Actor by, Placement to, Instant now) {
        require(AppointmentAction.RESCHEDULE, by, now);
        requireNotPast(to.period(), now);
        place(to);
        updatedAt = utc(now);
    }

    public void checkIn(Actor by, Instant now) {
        require(AppointmentAction.CHECK_IN, by, now);
        changeTo(AppointmentStatus.CHECKED_IN, now);
    }

    public void complete(Actor by, Instant now) {
        require(AppointmentAction.COMPLETE, by, now);
        changeTo(AppointmentStatus.COMPLETED, now);
    }

    public void markNoShow(Actor by, Instant now) {
        require(AppointmentAction.NO_SHOW, by, now);
        changeTo(AppointmentStatus.NO_SHOW, now);
    }

    /** A hold whose time ran out; it still blocks the time until it is {@link #expire expired}. */
    public boolean isStaleHold(Instant now) {
        return status == AppointmentStatus.HELD && !now.isBefore(holdExpiresAt.toInstant());
    }

    /** Frees the time of a stale hold (the system does this, nobody's action). */
    public void expire(Instant now) {
        if (!isStaleHold(now)) {
            throw new AppointmentStateException(status, "Only a hold whose time ran out can expire");
        }
        changeTo(AppointmentStatus.EXPIRED, now);
    }

    /** The changes {@code actor} may make now: every rule of {@link AppointmentRules} holds. */
    public Set<AppointmentAction> actionsFor(Actor actor, Instant now) {
        Set<AppointmentAction> allowed = EnumSet.noneOf(AppointmentAction.class);
        for (AppointmentAction action : AppointmentAction.values()) {
            if (AppointmentRules.permits(action, actor, practitionerId)
                    && AppointmentRules.from(action).contains(status)
                    && AppointmentRules.timeRuleBroken(action, period(), holdExpiry(), now) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Fails as the action itself would for role, status or time, so a caller can refuse early,
     * before checking the rest of a request.
     */
    public void require(AppointmentAction action, Actor by, Instant now) {
        if (!AppointmentRules.permits(action, by, practitionerId)) {
            throw new NotPermittedException("Your role does not allow this change to this appointment");
        }
        if (!AppointmentRules.from(action).contains(status)) {
            throw new AppointmentStateException(
                    status,
                    "The appointment is " + status.code().replace('_', ' ') + " and cannot be "
                            + AppointmentRules.participle(action));
        }
        String broken = AppointmentRules.timeRuleBroken(action, period(), holdExpiry(), now);
        if (broken != null) {
            throw new AppointmentStateException(status, broken);
        }
    }

    private void changeTo(AppointmentStatus next, Instant now) {
        status = next;
        holdExpiresAt = null;
        updatedAt = utc(now);
    }

    private void place(Placement placement) {
        practitionerId = placement.practitionerId();
        locationId = placement.locationId();
        roomId = placement.roomId();
        startsAt = utc(placement.period().start());
        endsAt = utc(placement.period().end());
    }

    private static void requireNotPast(Period period, Instant now) {
        if (period.start().isBefore(now)) {
            throw new RuleViolationException("start", "must not be in the past");
        }
    }

    public AppointmentId id() {
        return new AppointmentId(id);
    }

    public boolean isAtVersion(long expected) {
        return version == expected;
    }

    public long version() {
        return version;
    }

    public AppointmentStatus status() {
        return status;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public UUID locationId() {
        return locationId;
    }

    public UUID roomId() {
        return roomId;
    }

    public Period period() {
        return new Period(startsAt.toInstant(), endsAt.toInstant());
    }

    private Instant holdExpiry() {
        return holdExpiresAt == null ? null : holdExpiresAt.toInstant();
    }

    public AppointmentView view(Actor reader, Instant now) {
        return new AppointmentView(
                new AppointmentId(id),
                patientId,
                practitionerId,
                locationId,
                roomId,
                serviceId,
                startsAt.toInstant(),
                endsAt.toInstant(),
                status,
                holdExpiry(),
                cancelReason,
                notes,
                bookedBy,
                version,
                createdAt.toInstant(),
                updatedAt.toInstant(),
                actionsFor(reader, now));
    }

    /** Microseconds, the database's precision, so what is stored is exactly what was shown. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
