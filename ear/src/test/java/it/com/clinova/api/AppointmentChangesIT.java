package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The state changes of an appointment (confirm, cancel, reschedule, check-in, complete,
 * no-show): each guarded by If-Match, allowed only from the right status, at the right time and
 * for the right people.
 */
class AppointmentChangesIT {

    private static SchedulingFixture practice;
    private static Api desk;

    @BeforeAll
    static void practice() {
        practice = SchedulingFixture.shared();
        desk = practice.desk;
    }

    @Test
    void aHoldIsConfirmedIntoABookingWithANewETag() {
        JsonNode held = hold(SchedulingFixture.nextDay());

        ApiResponse confirmed = Appointments.change(desk, held, "confirm", null);

        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("booked", confirmed.json().path("status").asText());
        assertTrue(Appointments.isAbsent(confirmed.json().path("holdExpiresAt")));
        assertEquals(
                Appointments.etagOf(confirmed.json()), confirmed.header("ETag").orElseThrow());
        assertTrue(
                confirmed.json().path("version").asLong() > held.path("version").asLong());
        JsonNode again =
                assertProblem(Appointments.change(desk, confirmed.json(), "confirm", null), 409, "appointment-state");
        assertEquals("booked", again.path("appointmentStatus").asText());
    }

    @Test
    void everyChangeNeedsACurrentIfMatch() {
        JsonNode booked = book(SchedulingFixture.nextDay(), "10:00");
        String path = Appointments.pathOf(booked) + "/check-in";

        assertProblem(desk.send("POST", path, null), 428, "precondition-required");
        assertProblem(desk.header("If-Match", "\"999\"").send("POST", path, null), 412, "stale-version");
        assertInvalidFields(desk.header("If-Match", "seven").send("POST", path, null), "If-Match");
        assertEquals("booked", Appointments.read(desk, booked).path("status").asText());

        ApiResponse anyVersion = desk.header("If-Match", "*").send("POST", path, null);
        assertEquals(200, anyVersion.status(), anyVersion::toString);
    }

    @Test
    void unknownMalformedOrForeignIdsAre404() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            assertProblem(
                    desk.header("If-Match", "*").send("POST", Appointments.PATH + "/" + id + "/confirm", null),
                    404,
                    "not-found");
        }
    }

    @Test
    void cancellingNeedsAReasonAndFreesTheTime() {
        LocalDate day = SchedulingFixture.nextDay();
        JsonNode booked = book(day, "10:00");

        assertInvalidFields(Appointments.change(desk, booked, "cancel", Map.of("reason", " ")), "reason");
        assertInvalidFields(Appointments.change(desk, booked, "cancel", "null"), "reason");
        ApiResponse cancelled = Appointments.change(desk, booked, "cancel", Map.of("reason", "Patient is ill"));

        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().path("status").asText());
        assertEquals("Patient is ill", cancelled.json().path("cancelReason").asText());
        assertEquals(List.of(), AppointmentBookingIT.texts(cancelled.json().path("actions")));
        book(day, "10:00"); // the same practitioner, the same time: free again
    }

    @Test
    void aBookingIsMovedToAFreeTimeButNotOntoATakenOne() {
        LocalDate day = SchedulingFixture.nextDay();
        JsonNode moving = book(day, "10:00");
        book(day, "12:00");

        ApiResponse moved = Appointments.change(
                desk,
                moving,
                "reschedule",
                Map.of("start", practice.at(day, "11:00").toString()));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(
                practice.at(day, "11:00").toString(), moved.json().path("start").asText());
        assertEquals(
                practice.at(day, "11:30").toString(), moved.json().path("end").asText());

        JsonNode taken = assertProblem(
                Appointments.change(
                        desk,
                        moved.json(),
                        "reschedule",
                        Map.of("start", practice.at(day, "11:45").toString())),
                409,
                "appointment-conflict");
        assertEquals("practitioner", taken.path("resource").asText());
        ApiResponse toColleague = Appointments.change(
                desk,
                moved.json(),
                "reschedule",
                Map.of("start", practice.at(day, "12:00").toString(), "practitionerId", practice.practitioners.get(1)));
        assertEquals(200, toColleague.status(), toColleague::toString);
        assertEquals(
                practice.practitioners.get(1),
                toColleague.json().path("practitionerId").asText());
        assertInvalidFields(Appointments.change(desk, toColleague.json(), "reschedule", Map.of()), "start");
        assertInvalidFields(
                Appointments.change(
                        desk,
                        toColleague.json(),
                        "reschedule",
                        Map.of("start", practice.at(day, "23:00").toString())),
                "start");
    }

    @Test
    void aMovedBookingInARoomKeepsItsRoomWhenItIsFree() {
        LocalDate day = SchedulingFixture.nextDay();
        Map<String, Object> cleaning = SchedulingFixture.booking(
                practice.newPatient(), practice.cleaning, practice.practitioners.get(0), practice.at(day, "09:00"));
        cleaning.put("roomId", practice.rooms.get(1));
        JsonNode booked = Appointments.book(desk, cleaning);

        ApiResponse moved = Appointments.change(
                desk,
                booked,
                "reschedule",
                Map.of("start", practice.at(day, "09:15").toString()));

        assertEquals(200, moved.status(), moved::toString);
        assertEquals(practice.rooms.get(1), moved.json().path("roomId").asText());
    }

    @Test
    void checkInAndCompletionFollowTheirOrder() {
        JsonNode booked = book(SchedulingFixture.nextDay(), "10:00");
        Api admin = practice.admin;

        assertProblem(Appointments.change(admin, booked, "complete", null), 409, "appointment-state");
        ApiResponse checkedIn = Appointments.change(desk, booked, "check-in", null);
        assertEquals("checked_in", checkedIn.json().path("status").asText());
        assertProblem(Appointments.change(desk, checkedIn.json(), "complete", null), 403, "forbidden");
        ApiResponse completed = Appointments.change(admin, checkedIn.json(), "complete", null);

        assertEquals(200, completed.status(), completed::toString);
        assertEquals("completed", completed.json().path("status").asText());
        assertProblem(
                Appointments.change(admin, completed.json(), "cancel", Map.of("reason", "late")),
                409,
                "appointment-state");
    }

    @Test
    void aPractitionerRunsTheirOwnAppointmentsOnly() {
        Api clinician = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.CLINICIAN);
        JsonNode ofColleague = book(SchedulingFixture.nextDay(), "10:00");

        JsonNode forbidden =
                assertProblem(Appointments.change(clinician, ofColleague, "check-in", null), 403, "forbidden");
        assertTrue(forbidden.path("detail").asText().contains("appointment"), forbidden::toString);
        assertProblem(Appointments.change(clinician, ofColleague, "cancel", Map.of("reason", "x")), 403, "forbidden");
        assertEquals(
                List.of(),
                AppointmentBookingIT.texts(
                        Appointments.read(clinician, ofColleague).path("actions")));
    }

    @Test
    void aNoShowIsMarkedOnlyAfterTheStart() throws InterruptedException {
        Instant start = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        JsonNode soon = Appointments.book(desk, practice.consultation(practice.newPatient(), start));

        assertProblem(Appointments.change(desk, soon, "no-show", null), 409, "appointment-state");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis() + 200));
        ApiResponse noShow = Appointments.change(desk, soon, "no-show", null);

        assertEquals(200, noShow.status(), noShow::toString);
        assertEquals("no_show", noShow.json().path("status").asText());
    }

    @Test
    void onlyTheRightRolesMayChange() {
        JsonNode booked = book(SchedulingFixture.nextDay(), "10:00");
        Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

        for (String action : List.of("confirm", "check-in", "complete", "no-show")) {
            assertProblem(Appointments.change(billing, booked, action, null), 403, "forbidden");
        }
        assertProblem(Appointments.change(billing, booked, "cancel", Map.of("reason", "x")), 403, "forbidden");
        assertProblem(
                Appointments.change(
                        billing,
                        booked,
                        "reschedule",
                        Map.of("start", Instant.now().toString())),
                403,
                "forbidden");
        assertEquals(booked.path("version"), Appointments.read(desk, booked).path("version"));
    }

    private JsonNode book(LocalDate day, String time) {
        return Appointments.book(desk, practice.consultation(practice.newPatient(), practice.at(day, time)));
    }

    private JsonNode hold(LocalDate day) {
        Map<String, Object> hold = practice.consultation(practice.newPatient(), practice.at(day, "10:00"));
        hold.put("hold", true);
        return Appointments.book(desk, hold);
    }
}
