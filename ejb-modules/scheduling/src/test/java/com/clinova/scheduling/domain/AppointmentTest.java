package com.clinova.scheduling.domain;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;
import static com.clinova.scheduling.api.AppointmentAction.CANCEL;
import static com.clinova.scheduling.api.AppointmentAction.CHECK_IN;
import static com.clinova.scheduling.api.AppointmentAction.COMPLETE;
import static com.clinova.scheduling.api.AppointmentAction.CONFIRM;
import static com.clinova.scheduling.api.AppointmentAction.NO_SHOW;
import static com.clinova.scheduling.api.AppointmentAction.RESCHEDULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.scheduling.api.AppointmentStateException;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.AppointmentView;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration HOLD = Duration.ofMinutes(5);

    private final TenantId clinic = new TenantId(UUID.randomUUID());
    private final UUID practitioner = UUID.randomUUID();
    private final Actor desk = actor(Set.of(FRONT_DESK), null);
    private final Actor admin = actor(Set.of(CLINIC_ADMIN), null);
    private final Actor ownPractitioner = actor(Set.of(PRACTITIONER), practitioner);
    private final Actor colleague = actor(Set.of(PRACTITIONER), UUID.randomUUID());
    private final Actor billing = actor(Set.of(BILLING), null);

    @Test
    void aHoldExpiresAfterItsTimeAndUntilThenCanBeConfirmed() {
        Appointment held = Appointment.hold(clinic, aBooking(), desk, NOW, HOLD);

        assertEquals(AppointmentStatus.HELD, held.status());
        assertEquals(NOW.plus(HOLD), held.view(desk, NOW).holdExpiresAt());
        assertFalse(held.isStaleHold(NOW.plus(HOLD).minusNanos(1000)));
        assertTrue(held.isStaleHold(NOW.plus(HOLD)));

        held.confirm(desk, NOW.plusSeconds(60));

        assertEquals(AppointmentStatus.BOOKED, held.status());
        assertNull(held.view(desk, NOW).holdExpiresAt());
    }

    @Test
    void aHoldPastItsTimeCannotBeConfirmedButExpires() {
        Appointment held = Appointment.hold(clinic, aBooking(), desk, NOW, HOLD);

        AppointmentStateException e =
                assertThrows(AppointmentStateException.class, () -> held.confirm(desk, NOW.plus(HOLD)));
        assertEquals("The hold has expired", e.getMessage());

        held.expire(NOW.plus(HOLD));
        assertEquals(AppointmentStatus.EXPIRED, held.status());
        assertThrows(AppointmentStateException.class, () -> held.expire(NOW.plus(HOLD)));
    }

    @Test
    void aBookingIsNeitherConfirmedNorExpired() {
        Appointment booked = Appointment.book(clinic, aBooking(), desk, NOW);

        assertThrows(AppointmentStateException.class, () -> booked.confirm(desk, NOW));
        assertFalse(booked.isStaleHold(NOW.plus(Duration.ofDays(1))));
        assertThrows(AppointmentStateException.class, () -> booked.expire(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void theWholeWayFromBookingToCompletion() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        appointment.checkIn(desk, START.minusSeconds(600));
        assertEquals(AppointmentStatus.CHECKED_IN, appointment.status());
        appointment.complete(ownPractitioner, START.plusSeconds(1800));

        assertEquals(AppointmentStatus.COMPLETED, appointment.status());
        assertEquals(Set.of(), appointment.actionsFor(admin, START.plusSeconds(1800)));
    }

    @Test
    void onlyFrontDeskAndAdminsBook() {
        for (Actor notDesk : new Actor[] {ownPractitioner, billing}) {
            assertThrows(NotPermittedException.class, () -> Appointment.book(clinic, aBooking(), notDesk, NOW));
            assertThrows(NotPermittedException.class, () -> Appointment.hold(clinic, aBooking(), notDesk, NOW, HOLD));
        }
        assertEquals(
                AppointmentStatus.BOOKED,
                Appointment.book(clinic, aBooking(), admin, NOW).status());
    }

    @Test
    void nothingIsBookedInThePast() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> Appointment.book(clinic, aBooking(), desk, START.plusSeconds(1)));
        assertEquals("start", e.violations().get(0).field());
    }

    @Test
    void aPractitionerRunsOnlyTheirOwnAppointments() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        assertThrows(NotPermittedException.class, () -> appointment.checkIn(colleague, NOW));
        assertThrows(NotPermittedException.class, () -> appointment.cancel(ownPractitioner, "ill", NOW));
        assertThrows(NotPermittedException.class, () -> appointment.checkIn(billing, NOW));
        appointment.checkIn(ownPractitioner, NOW);

        assertThrows(NotPermittedException.class, () -> appointment.complete(colleague, NOW));
        assertThrows(NotPermittedException.class, () -> appointment.complete(desk, NOW));
        appointment.complete(admin, NOW);
        assertEquals(AppointmentStatus.COMPLETED, appointment.status());
    }

    @Test
    void aPractitionerAccountWithoutThePractitionerRoleIsNotThePractitioner() {
        Actor deskLinkedToPractitioner = actor(Set.of(BILLING), practitioner);
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        assertThrows(NotPermittedException.class, () -> appointment.checkIn(deskLinkedToPractitioner, NOW));
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheStartHasPassed() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        AppointmentStateException early = assertThrows(
                AppointmentStateException.class, () -> appointment.markNoShow(desk, START.minusSeconds(1)));
        assertEquals("The appointment has not started yet", early.getMessage());
        appointment.markNoShow(ownPractitioner, START);

        assertEquals(AppointmentStatus.NO_SHOW, appointment.status());
        assertThrows(AppointmentStateException.class, () -> appointment.checkIn(desk, START));
    }

    @Test
    void anAppointmentThatIsOverCanNeitherBeCheckedInNorCancelled() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);
        Instant after = START.plus(Duration.ofMinutes(30));

        assertThrows(AppointmentStateException.class, () -> appointment.checkIn(desk, after));
        assertThrows(AppointmentStateException.class, () -> appointment.cancel(desk, "too late", after));
        assertEquals(EnumSet.of(NO_SHOW), appointment.actionsFor(desk, after));
    }

    @Test
    void cancellingNeedsAReasonAndKeepsIt() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> appointment.cancel(desk, "   ", NOW));
        assertEquals("reason", e.violations().get(0).field());
        assertThrows(RuleViolationException.class, () -> appointment.cancel(desk, "x".repeat(501), NOW));
        assertThrows(RuleViolationException.class, () -> appointment.cancel(desk, "bad\u0000reason", NOW));
        assertEquals(AppointmentStatus.BOOKED, appointment.status());

        appointment.cancel(desk, "  Patient is ill  ", NOW);

        AppointmentView view = appointment.view(desk, NOW);
        assertEquals(AppointmentStatus.CANCELLED, view.status());
        assertEquals("Patient is ill", view.cancelReason());
        assertThrows(AppointmentStateException.class, () -> appointment.cancel(desk, "again", NOW));
    }

    @Test
    void aHoldCanBeCancelledButNotRescheduledOrCheckedIn() {
        Appointment held = Appointment.hold(clinic, aBooking(), desk, NOW, HOLD);

        assertEquals(EnumSet.of(CONFIRM, CANCEL), held.actionsFor(desk, NOW));
        assertThrows(AppointmentStateException.class, () -> held.checkIn(desk, NOW));
        held.cancel(desk, "changed their mind", NOW);
        assertEquals(AppointmentStatus.CANCELLED, held.status());
    }

    @Test
    void reschedulingMovesTheTimeButNotIntoThePastNorOnceStarted() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);
        UUID otherPractitioner = UUID.randomUUID();
        Period later = Period.of(START.plus(Duration.ofDays(1)), Duration.ofMinutes(30));

        appointment.reschedule(desk, new Placement(otherPractitioner, UUID.randomUUID(), null, later), NOW);

        assertEquals(later, appointment.period());
        assertEquals(otherPractitioner, appointment.practitionerId());
        Placement past = new Placement(practitioner, UUID.randomUUID(), null, Period.of(NOW.minusSeconds(60), HOLD));
        assertThrows(RuleViolationException.class, () -> appointment.reschedule(desk, past, NOW));
        assertThrows(
                AppointmentStateException.class,
                () -> appointment.reschedule(
                        desk, new Placement(practitioner, UUID.randomUUID(), null, later), later.start()));
        assertThrows(
                NotPermittedException.class,
                () -> appointment.reschedule(
                        ownPractitioner, new Placement(practitioner, UUID.randomUUID(), null, later), NOW));
    }

    @Test
    void theActionsOfAViewAreExactlyThoseTheReaderMayTakeNow() {
        Appointment appointment = Appointment.book(clinic, aBooking(), desk, NOW);

        assertEquals(
                EnumSet.of(CANCEL, RESCHEDULE, CHECK_IN),
                appointment.view(desk, NOW).actions());
        assertEquals(
                EnumSet.of(CHECK_IN), appointment.view(ownPractitioner, NOW).actions());
        assertEquals(Set.of(), appointment.view(colleague, NOW).actions());
        assertEquals(Set.of(), appointment.view(billing, NOW).actions());
        assertEquals(
                EnumSet.of(CANCEL, CHECK_IN, NO_SHOW),
                appointment.view(admin, START).actions());

        appointment.checkIn(desk, NOW);
        assertEquals(
                EnumSet.of(COMPLETE), appointment.view(ownPractitioner, NOW).actions());
        assertEquals(Set.of(), appointment.view(desk, NOW).actions());
    }

    @Test
    void notesAreStoredTrimmedAndBlankNotesAreNone() {
        AppointmentView view = Appointment.book(clinic, aBooking("  first visit \n"), desk, NOW)
                .view(desk, NOW);
        assertEquals("first visit", view.notes());
        assertNull(Appointment.book(clinic, aBooking("  "), desk, NOW)
                .view(desk, NOW)
                .notes());
    }

    @Test
    void theViewShowsTheStoredFactsAtMicrosecondPrecision() {
        Instant now = Instant.parse("2026-11-23T08:00:00.123456789Z");
        AppointmentView view = Appointment.book(clinic, aBooking(), desk, now).view(desk, now);

        assertEquals(Instant.parse("2026-11-23T08:00:00.123456Z"), view.createdAt());
        assertEquals(START, view.start());
        assertEquals(START.plus(Duration.ofMinutes(30)), view.end());
        assertEquals(practitioner, view.practitionerId());
        assertEquals(desk.userId(), view.bookedBy());
    }

    private Booking aBooking() {
        return aBooking(null);
    }

    private Booking aBooking(String notes) {
        Placement placement =
                new Placement(practitioner, UUID.randomUUID(), null, Period.of(START, Duration.ofMinutes(30)));
        return new Booking(UUID.randomUUID(), UUID.randomUUID(), placement, notes);
    }

    private static Actor actor(Set<String> roles, UUID practitioner) {
        return new Actor(UUID.randomUUID(), roles, Optional.ofNullable(practitioner));
    }
}
