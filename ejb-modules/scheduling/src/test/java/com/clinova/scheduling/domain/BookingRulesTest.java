package com.clinova.scheduling.domain;

import static com.clinova.scheduling.domain.PracticeBuilder.MADRID;
import static com.clinova.scheduling.domain.PracticeBuilder.ids;
import static com.clinova.scheduling.domain.PracticeBuilder.practitioner;
import static com.clinova.scheduling.domain.PracticeBuilder.room;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.scheduling.api.Rescheduling;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    /** Monday 23 November 2026 at 10:00 in Madrid. */
    private static final Instant TEN = Instant.parse("2026-11-23T09:00:00Z");

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final PracticeBuilder practice = new PracticeBuilder();
    private final UUID centro = practice.location("Centro", MADRID);
    private final UUID norte = practice.location("Norte", MADRID);
    private final PractitionerView lucia = practitioner("Lucía");
    private final RoomView gabinete = room(centro, "Gabinete 1");
    private final RoomView salaNorte = room(norte, "Sala Norte");
    private final ServiceView cleaning = PracticeBuilder.service(30, ids(lucia), ids(gabinete, salaNorte));
    private final UUID patient = UUID.randomUUID();

    BookingRulesTest() {
        practice.works(lucia, centro, "09:00", "13:00", MONDAY).works(lucia, norte, "15:00", "19:00", MONDAY);
    }

    @Test
    void theLocationFollowsFromWhereThePractitionerWorksThen() {
        Booking morning = rules(facts()).check(request(TEN, null, null));
        Booking afternoon = rules(facts()).check(request(TEN.plus(Duration.ofHours(6)), null, null));

        assertEquals(centro, morning.placement().locationId());
        assertEquals(norte, afternoon.placement().locationId());
        assertEquals(
                new Period(TEN, TEN.plus(Duration.ofMinutes(30))),
                morning.placement().period());
        assertNull(morning.placement().roomId(), "the room is chosen later, among the free ones");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        PracticeFacts nothingKnown = new PracticeFacts(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false,
                practice.workingTime());
        BookingRequest request = new BookingRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                NOW.minusSeconds(1),
                "x".repeat(2001),
                false);

        assertEquals(
                List.of("patientId", "serviceId", "practitionerId", "locationId", "roomId", "start", "notes"),
                fields(() -> rules(nothingKnown).check(request)));
    }

    @Test
    void missingFieldsAreRequired() {
        BookingRequest empty = new BookingRequest(null, null, null, null, null, null, null, true);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> rules(facts()).check(empty));

        assertEquals(
                List.of(
                        new FieldViolation("patientId", "is required"),
                        new FieldViolation("serviceId", "is required"),
                        new FieldViolation("practitionerId", "is required"),
                        new FieldViolation("start", "is required")),
                e.violations());
    }

    @Test
    void outsideWorkingHoursOrAtAnotherLocationIsRefused() {
        assertEquals(List.of("start"), fields(() -> rules(facts())
                .check(request(TEN.minus(Duration.ofHours(2)), null, null))));
        assertEquals(
                List.of("start"),
                fields(() -> rules(facts()).check(request(TEN.plus(Duration.ofMinutes(3 * 60 - 15)), null, null))),
                "12:45 + 30 minutes ends after 13:00");
        assertEquals(List.of("start"), fields(() -> rules(factsAt(norte)).check(request(TEN, norte, null))));
    }

    @Test
    void anExceptionOverlappingTheAppointmentRefusesIt() {
        practice.absence(lucia, TEN.plus(Duration.ofMinutes(15)), TEN.plus(Duration.ofHours(1)));

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> rules(facts()).check(request(TEN, null, null)));

        assertEquals(List.of(new FieldViolation("start", "falls on a holiday, closure or absence")), e.violations());
    }

    @Test
    void aPractitionerWhoDoesNotPerformTheServiceCannotBeBookedForIt() {
        PractitionerView pablo = practitioner("Pablo");
        practice.works(pablo, centro, "09:00", "13:00", MONDAY);
        PracticeFacts facts = new PracticeFacts(
                Optional.of(cleaning),
                Optional.of(pablo),
                Optional.empty(),
                Optional.empty(),
                List.of(gabinete),
                true,
                practice.workingTime());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> rules(facts)
                .check(new BookingRequest(patient, cleaning.id(), pablo.id(), null, null, TEN, null, false)));

        assertEquals(List.of(new FieldViolation("practitionerId", "does not perform this service")), e.violations());
    }

    @Test
    void theRoomMustBeOneOfTheServiceAtTheAppointmentsLocation() {
        assertEquals(
                gabinete.id(),
                rules(factsWithRoom(gabinete))
                        .check(request(TEN, null, gabinete.id()))
                        .placement()
                        .roomId());
        assertEquals(List.of("roomId"), fields(() -> rules(factsWithRoom(salaNorte))
                .check(request(TEN, null, salaNorte.id()))));
        RoomView notOfTheService = room(centro, "Almacén");
        assertEquals(List.of("roomId"), fields(() -> rules(factsWithRoom(notOfTheService))
                .check(request(TEN, null, notOfTheService.id()))));
    }

    @Test
    void aServiceNeedingARoomCannotBeBookedWhereItHasNone() {
        ServiceView northOnly = PracticeBuilder.service(30, ids(lucia), ids(salaNorte));
        PracticeFacts facts = new PracticeFacts(
                Optional.of(northOnly),
                Optional.of(lucia),
                Optional.empty(),
                Optional.empty(),
                List.of(salaNorte),
                true,
                practice.workingTime());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> rules(facts)
                .check(new BookingRequest(patient, northOnly.id(), lucia.id(), null, null, TEN, null, false)));

        assertEquals(List.of(new FieldViolation("locationId", "has no room for this service")), e.violations());
    }

    @Test
    void inactiveThingsCannotBeBooked() {
        ServiceView retired = new ServiceView(
                cleaning.id(),
                "Old",
                null,
                Duration.ofMinutes(30),
                cleaning.price(),
                "EUR",
                ids(lucia),
                Set.of(),
                false);
        PracticeFacts facts = new PracticeFacts(
                Optional.of(retired),
                Optional.of(new PractitionerView(lucia.id(), null, "Lucía", null, null, false)),
                Optional.of(new LocationView(centro, "Centro", null, null, MADRID, false)),
                Optional.empty(),
                List.of(),
                true,
                practice.workingTime());

        assertEquals(List.of("serviceId", "practitionerId", "locationId"), fields(() -> rules(facts)
                .check(request(TEN, centro, null))));
    }

    @Test
    void aMoveKeepsTheLengthAndThePractitionerUnlessToldOtherwise() {
        Placement moved = rules(facts())
                .checkMove(
                        new Rescheduling(TEN.plus(Duration.ofHours(6)), null, null, null),
                        cleaning,
                        lucia.id(),
                        Duration.ofMinutes(50));

        assertEquals(norte, moved.locationId());
        assertEquals(lucia.id(), moved.practitionerId());
        assertEquals(Duration.ofMinutes(50), moved.period().length());
        assertEquals(List.of("start"), fields(() -> rules(facts())
                .checkMove(
                        new Rescheduling(NOW.minusSeconds(1), null, null, null),
                        cleaning,
                        lucia.id(),
                        Duration.ofMinutes(30))));
    }

    @Test
    void notesWithControlCharactersAreRefusedButLineBreaksAreFine() {
        BookingRequest bad = new BookingRequest(patient, cleaning.id(), lucia.id(), null, null, TEN, "a\u0007b", false);
        BookingRequest fine =
                new BookingRequest(patient, cleaning.id(), lucia.id(), null, null, TEN, " line 1\nline 2 ", false);

        assertEquals(List.of("notes"), fields(() -> rules(facts()).check(bad)));
        assertEquals("line 1\nline 2", rules(facts()).check(fine).notes());
    }

    private BookingRules rules(PracticeFacts facts) {
        return new BookingRules(facts, NOW);
    }

    private BookingRequest request(Instant start, UUID location, UUID room) {
        return new BookingRequest(patient, cleaning.id(), lucia.id(), location, room, start, null, false);
    }

    private PracticeFacts facts() {
        return new PracticeFacts(
                Optional.of(cleaning),
                Optional.of(lucia),
                Optional.empty(),
                Optional.empty(),
                List.of(gabinete, salaNorte),
                true,
                practice.workingTime());
    }

    private PracticeFacts factsAt(UUID location) {
        return new PracticeFacts(
                Optional.of(cleaning),
                Optional.of(lucia),
                Optional.of(practice.locations.get(location)),
                Optional.empty(),
                List.of(gabinete, salaNorte),
                true,
                practice.workingTime());
    }

    private PracticeFacts factsWithRoom(RoomView room) {
        return new PracticeFacts(
                Optional.of(cleaning),
                Optional.of(lucia),
                Optional.empty(),
                Optional.of(room),
                List.of(gabinete, salaNorte),
                true,
                practice.workingTime());
    }

    private static List<String> fields(org.junit.jupiter.api.function.Executable check) {
        RuleViolationException e = assertThrows(RuleViolationException.class, check);
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
