package com.clinova.scheduling.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.RoomView;
import com.clinova.scheduling.api.AppointmentAction;
import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentKey;
import com.clinova.scheduling.api.AppointmentNotFoundException;
import com.clinova.scheduling.api.AppointmentPage;
import com.clinova.scheduling.api.AppointmentReference;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.scheduling.api.Rescheduling;
import com.clinova.scheduling.domain.Actor;
import com.clinova.scheduling.domain.Appointment;
import com.clinova.scheduling.domain.AppointmentRepository;
import com.clinova.scheduling.domain.Booking;
import com.clinova.scheduling.domain.BookingRules;
import com.clinova.scheduling.domain.BusyTimes;
import com.clinova.scheduling.domain.Placement;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Roles are enforced here too, not only at the REST and portal edges; finer rules (a
 * practitioner's own appointments only) are the aggregate's. Every write flushes inside the call,
 * so the database's refusal of a taken time surfaces here as {@link AppointmentConflictException}.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultAppointmentService implements AppointmentService {

    @Inject
    AppointmentRepository appointments;

    @Inject
    PracticeFactsLoader practice;

    @Inject
    Callers callers;

    @Inject
    SchedulingSettings settings;

    @EJB
    AuditTrail trail;

    @Resource
    SessionContext context;

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public AppointmentView book(BookingRequest request) {
        Instant now = Instant.now();
        Actor actor = callers.of(context);
        BookingRules rules = rulesFor(request, now);
        Booking checked = rules.check(request);
        Booking booking = new Booking(
                checked.patientId(),
                checked.serviceId(),
                withRoom(checked.placement(), rules, now, null),
                checked.notes());
        Appointment appointment = request.hold()
                ? Appointment.hold(TenantContext.require(), booking, actor, now, settings.holdDuration())
                : Appointment.book(TenantContext.require(), booking, actor, now);
        freeStaleHolds(booking.placement(), booking.patientId(), now);
        appointments.add(appointment);
        return recorded(AuditAction.CREATE, appointment.view(actor, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public List<FieldViolation> violationsOf(BookingRequest request) {
        try {
            rulesFor(request, Instant.now()).check(request);
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations();
        }
    }

    private BookingRules rulesFor(BookingRequest request, Instant now) {
        return new BookingRules(
                practice.load(
                        request.serviceId(),
                        request.practitionerId(),
                        request.locationId(),
                        request.roomId(),
                        request.patientId(),
                        request.start()),
                now);
    }

    @Override
    public Optional<AppointmentView> find(AppointmentId id) {
        Instant now = Instant.now();
        return appointments.find(id).map(a -> recorded(AuditAction.READ, a.view(callers.of(context), now)));
    }

    @Override
    public Optional<AppointmentReference> reference(AppointmentId id) {
        return appointments
                .find(id)
                .map(a -> new AppointmentReference(a.id(), a.patientId(), a.practitionerId(), a.status()));
    }

    @Override
    public AppointmentPage calendar(CalendarQuery query) {
        Instant now = Instant.now();
        Actor reader = callers.of(context);
        List<Appointment> found = appointments.calendar(query);
        boolean more = found.size() > query.limit();
        List<Appointment> page = more ? found.subList(0, query.limit()) : found;
        Optional<AppointmentKey> next = more ? Optional.of(keyOf(page.get(page.size() - 1))) : Optional.empty();
        List<AppointmentView> views =
                page.stream().map(a -> a.view(reader, now)).toList();
        trail.record(PatientDataAccess.search(
                AuditedObjects.APPOINTMENT,
                views.stream().map(AppointmentView::patientId).toList()));
        return new AppointmentPage(views, next);
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public AppointmentView confirm(AppointmentId id, ExpectedVersion expected) {
        return change(id, expected, (a, actor, now) -> a.confirm(actor, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public AppointmentView cancel(AppointmentId id, ExpectedVersion expected, String reason) {
        return change(id, expected, (a, actor, now) -> a.cancel(actor, reason, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public AppointmentView reschedule(AppointmentId id, ExpectedVersion expected, Rescheduling to) {
        return change(id, expected, (a, actor, now) -> move(a, to, actor, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    public AppointmentView checkIn(AppointmentId id, ExpectedVersion expected) {
        return change(id, expected, (a, actor, now) -> a.checkIn(actor, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, PRACTITIONER})
    public AppointmentView complete(AppointmentId id, ExpectedVersion expected) {
        return change(id, expected, (a, actor, now) -> a.complete(actor, now));
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    public AppointmentView markNoShow(AppointmentId id, ExpectedVersion expected) {
        return change(id, expected, (a, actor, now) -> a.markNoShow(actor, now));
    }

    /** One state change of a stored appointment, refused when it changed since the caller read it. */
    private AppointmentView change(AppointmentId id, ExpectedVersion expected, Change change) {
        Appointment appointment = appointments.find(id).orElseThrow(() -> new AppointmentNotFoundException(id));
        if (!expected.admits(appointment.version())) {
            throw new StaleVersionException("Appointment", appointment.version());
        }
        Instant now = Instant.now();
        Actor actor = callers.of(context);
        change.apply(appointment, actor, now);
        appointments.save(appointment);
        return recorded(AuditAction.UPDATE, appointment.view(actor, now));
    }

    private void move(Appointment appointment, Rescheduling to, Actor actor, Instant now) {
        appointment.require(AppointmentAction.RESCHEDULE, actor, now);
        BookingRules rules = new BookingRules(
                practice.load(
                        appointment.serviceId(),
                        to.practitionerId() == null ? appointment.practitionerId() : to.practitionerId(),
                        to.locationId(),
                        to.roomId(),
                        appointment.patientId(),
                        to.start()),
                now);
        Placement checked = rules.checkMove(
                to,
                practice.service(appointment.serviceId()),
                appointment.practitionerId(),
                appointment.period().length());
        Placement placement = withRoom(checked, rules, now, appointment);
        // Before the entity changes: EclipseLink flushes pending changes ahead of a native statement.
        freeStaleHolds(placement, appointment.patientId(), now);
        appointment.reschedule(actor, placement, now);
    }

    /**
     * The placement with a room: the one asked for; else, when moving, the current room if it is
     * one of the usable rooms there and free; else the first usable room that is free. When every
     * usable room is taken the time is taken: a conflict naming the room.
     */
    private Placement withRoom(Placement placement, BookingRules rules, Instant now, Appointment moving) {
        List<RoomView> preferred = new ArrayList<>(rules.usableRooms(placement.locationId()));
        if (placement.roomId() != null || preferred.isEmpty()) {
            return placement;
        }
        if (moving != null) {
            preferred.sort(Comparator.comparing(room -> !room.id().equals(moving.roomId())));
        }
        BusyTimes busy = appointments.busy(
                List.of(),
                preferred.stream().map(RoomView::id).toList(),
                placement.period(),
                now,
                moving == null ? null : moving.id());
        return busy.freeRoom(preferred, placement.period())
                .map(room ->
                        new Placement(placement.practitionerId(), placement.locationId(), room, placement.period()))
                .orElseThrow(() -> new AppointmentConflictException(AppointmentConflictException.Resource.ROOM, null));
    }

    /** Holds past their time would block the time like live ones until marked expired. */
    private void freeStaleHolds(Placement placement, UUID patient, Instant now) {
        appointments.expireStaleHoldsOverlapping(
                placement.period(), placement.practitionerId(), placement.roomId(), patient, now);
    }

    /**
     * Records the access to the appointment (and so to its patient's data) as the use case's last
     * statement: the trail holds the clinic's chain lock until commit.
     */
    private AppointmentView recorded(AuditAction action, AppointmentView view) {
        trail.record(PatientDataAccess.of(
                action, AuditedObjects.APPOINTMENT, view.id().value(), view.patientId()));
        return view;
    }

    private static AppointmentKey keyOf(Appointment appointment) {
        return new AppointmentKey(appointment.period().start(), appointment.id().value());
    }

    @FunctionalInterface
    private interface Change {
        void apply(Appointment appointment, Actor actor, Instant now);
    }
}
