package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/appointments: booking and holding a time, and every way it is refused. */
class AppointmentBookingIT {

    private static SchedulingFixture practice;
    private static Api desk;

    @BeforeAll
    static void practice() {
        practice = SchedulingFixture.shared();
        desk = practice.desk;
    }

    @Test
    void aBookingIsCreatedWithItsLocationETagAndEveryFact() {
        LocalDate day = SchedulingFixture.nextDay();
        String patient = practice.newPatient();
        Instant start = practice.at(day, "10:00");

        ApiResponse response = desk.post(Appointments.PATH, practice.consultation(patient, start));

        assertEquals(201, response.status(), response::toString);
        JsonNode booked = response.json();
        assertEquals(
                "http://" + Clinic.SONRISA.hostName() + ":" + Api.PORT + Appointments.pathOf(booked),
                response.header("Location").orElseThrow());
        assertEquals(Appointments.etagOf(booked), response.header("ETag").orElseThrow());
        assertEquals("booked", booked.path("status").asText());
        assertEquals(patient, booked.path("patientId").asText());
        assertEquals(
                practice.practitioners.get(0), booked.path("practitionerId").asText());
        assertEquals(practice.location, booked.path("locationId").asText(), "the location follows from the hours");
        assertTrue(Appointments.isAbsent(booked.path("roomId")));
        assertEquals(start.toString(), booked.path("start").asText());
        assertEquals(
                start.plus(Duration.ofMinutes(30)).toString(),
                booked.path("end").asText());
        assertTrue(Appointments.isAbsent(booked.path("holdExpiresAt")));
        assertFalse(booked.path("bookedBy").asText().isBlank());
        assertEquals(List.of("cancel", "check_in", "reschedule"), texts(booked.path("actions")));
        assertEquals(booked, Appointments.read(desk, booked), "GET shows what POST answered");
    }

    @Test
    void aHoldCarriesItsExpiryAndCanOnlyBeConfirmedOrCancelled() {
        Instant before = Instant.now();
        Map<String, Object> hold =
                practice.consultation(practice.newPatient(), practice.at(SchedulingFixture.nextDay(), "11:00"));
        hold.put("hold", true);

        JsonNode held = Appointments.book(desk, hold);

        assertEquals("held", held.path("status").asText());
        Instant expires = Instant.parse(held.path("holdExpiresAt").asText());
        assertTrue(expires.isAfter(before.plus(Duration.ofMinutes(4))), expires::toString);
        assertTrue(expires.isBefore(Instant.now().plus(Duration.ofMinutes(6))), expires::toString);
        assertEquals(List.of("cancel", "confirm"), texts(held.path("actions")));
    }

    @Test
    void aServiceThatNeedsARoomGetsTheFirstFreeOneAndAnExplicitRoomIsKept() {
        Instant start = practice.at(SchedulingFixture.nextDay(), "09:00");
        Map<String, Object> first = SchedulingFixture.booking(
                practice.newPatient(), practice.cleaning, practice.practitioners.get(0), start);
        Map<String, Object> second = SchedulingFixture.booking(
                practice.newPatient(), practice.cleaning, practice.practitioners.get(1), start);
        second.put("roomId", practice.rooms.get(0));

        JsonNode inFirstRoom = Appointments.book(desk, second);
        JsonNode chosen = Appointments.book(desk, first);

        assertEquals(practice.rooms.get(0), inFirstRoom.path("roomId").asText());
        assertEquals(practice.rooms.get(1), chosen.path("roomId").asText(), "the first room is taken, the second free");
        Map<String, Object> third = SchedulingFixture.booking(
                practice.newPatient(), practice.cleaning, practice.practitioners.get(2), start.plusSeconds(600));
        JsonNode problem = assertProblem(desk.post(Appointments.PATH, third), 409, "appointment-conflict");
        assertEquals("room", problem.path("resource").asText(), "every room of the service is taken");
    }

    @Test
    void aTakenPractitionerRoomOrPatientIsA409NamingIt() {
        Instant start = practice.at(SchedulingFixture.nextDay(), "15:00");
        String patient = practice.newPatient();
        JsonNode booked = Appointments.book(
                desk,
                withRoom(
                        SchedulingFixture.booking(patient, practice.cleaning, practice.practitioners.get(0), start),
                        0));

        JsonNode practitioner = assertProblem(
                desk.post(Appointments.PATH, practice.consultation(practice.newPatient(), start.plusSeconds(900))),
                409,
                "appointment-conflict");
        JsonNode room = assertProblem(
                desk.post(
                        Appointments.PATH,
                        withRoom(
                                SchedulingFixture.booking(
                                        practice.newPatient(), practice.cleaning, practice.practitioners.get(1), start),
                                0)),
                409,
                "appointment-conflict");
        JsonNode samePatient = assertProblem(
                desk.post(
                        Appointments.PATH,
                        SchedulingFixture.booking(
                                patient, practice.consultation, practice.practitioners.get(2), start)),
                409,
                "appointment-conflict");

        assertEquals("practitioner", practitioner.path("resource").asText());
        assertEquals(
                practice.practitioners.get(0), practitioner.path("resourceId").asText());
        assertEquals("room", room.path("resource").asText());
        assertEquals(practice.rooms.get(0), room.path("resourceId").asText());
        assertEquals("patient", samePatient.path("resource").asText());
        assertEquals(patient, samePatient.path("resourceId").asText());
        assertEquals("booked", Appointments.read(desk, booked).path("status").asText());
    }

    @Test
    void backToBackBookingsOfOnePractitionerAreFine() {
        Instant start = practice.at(SchedulingFixture.nextDay(), "12:00");

        Appointments.book(desk, practice.consultation(practice.newPatient(), start));
        Appointments.book(desk, practice.consultation(practice.newPatient(), start.plus(Duration.ofMinutes(30))));
        Appointments.book(desk, practice.consultation(practice.newPatient(), start.minus(Duration.ofMinutes(30))));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Map<String, Object> bad = Map.of(
                "patientId", "not-an-id",
                "serviceId", UUID.randomUUID().toString(),
                "practitionerId", UUID.randomUUID().toString(),
                "start", "tomorrow at ten",
                "notes", "x".repeat(2001));

        assertInvalidFields(
                desk.post(Appointments.PATH, bad), "patientId", "serviceId", "practitionerId", "start", "notes");
        assertInvalidFields(
                desk.post(Appointments.PATH, Map.of()), "patientId", "serviceId", "practitionerId", "start");
        assertInvalidFields(desk.send("POST", Appointments.PATH, "null"), "body");
    }

    @Test
    void aTimeOutsideWorkingHoursInThePastOrWithoutOffsetIsRefused() {
        LocalDate day = SchedulingFixture.nextDay();
        String patient = practice.newPatient();

        assertInvalidFields(
                desk.post(Appointments.PATH, practice.consultation(patient, practice.at(day, "05:45"))), "start");
        assertInvalidFields(
                desk.post(Appointments.PATH, practice.consultation(patient, practice.at(day, "21:45"))), "start");
        assertInvalidFields(
                desk.post(
                        Appointments.PATH,
                        practice.consultation(patient, Instant.now().minusSeconds(3600))),
                "start");
        Map<String, Object> local = practice.consultation(patient, practice.at(day, "10:00"));
        local.put("start", day + "T10:00:00");
        assertInvalidFields(desk.post(Appointments.PATH, local), "start");
    }

    @Test
    void aRoomThatIsNotTheServicesOrAServiceThatNeedsNoneIsRefused() {
        Map<String, Object> roomForConsultation =
                practice.consultation(practice.newPatient(), practice.at(SchedulingFixture.nextDay(), "10:00"));
        roomForConsultation.put("roomId", practice.rooms.get(0));
        Map<String, Object> unknownLocation =
                practice.consultation(practice.newPatient(), practice.at(SchedulingFixture.nextDay(), "10:00"));
        unknownLocation.put("locationId", UUID.randomUUID().toString());

        assertInvalidFields(desk.post(Appointments.PATH, roomForConsultation), "roomId");
        assertInvalidFields(desk.post(Appointments.PATH, unknownLocation), "locationId");
    }

    @Test
    void malformedJsonIsA400AndOtherMediaTypesA415() {
        assertProblem(desk.send("POST", Appointments.PATH, "{\"patientId\": "), 400, "malformed-request");
        assertProblem(
                desk.header("Content-Type", "text/plain").send("POST", Appointments.PATH, "hello"),
                415,
                "unsupported-media-type");
    }

    @Test
    void onlyFrontDeskAndAdminsBook() {
        Map<String, Object> booking =
                practice.consultation(practice.newPatient(), practice.at(SchedulingFixture.nextDay(), "10:00"));
        for (User user : List.of(User.CLINICIAN, User.BILLING)) {
            assertProblem(
                    Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user).post(Appointments.PATH, booking), 403, "forbidden");
        }
        assertUnauthorized(Api.at(Clinic.SONRISA).post(Appointments.PATH, booking), "not-authenticated");
        Appointments.book(practice.admin, booking);
    }

    private Map<String, Object> withRoom(Map<String, Object> booking, int room) {
        booking.put("roomId", practice.rooms.get(room));
        return booking;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
