package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds past their time: they cannot be confirmed, a booking of their time expires them in its
 * own transaction, and the periodic sweep expires the rest (every 2 s on the test server). A hold
 * is aged in the database rather than by waiting the five minutes it lasts.
 */
class HeldAppointmentIT {

    private static SchedulingFixture practice;
    private static Api desk;

    @BeforeAll
    static void practice() {
        practice = SchedulingFixture.shared();
        desk = practice.desk;
    }

    @Test
    void aHoldPastItsTimeCannotBeConfirmed() {
        JsonNode held = hold(SchedulingFixture.nextDay());
        age(held);

        // Any version: the sweep may expire the hold (a new version) before the confirmation arrives.
        JsonNode problem = assertProblem(
                desk.header("If-Match", "*").send("POST", Appointments.pathOf(held) + "/confirm", null),
                409,
                "appointment-state");

        assertTrue(
                Set.of("held", "expired")
                        .contains(problem.path("appointmentStatus").asText()),
                problem::toString);
    }

    @Test
    void bookingTheTimeOfAStaleHoldExpiresTheHold() {
        LocalDate day = SchedulingFixture.nextDay();
        JsonNode held = hold(day);
        assertProblem(
                desk.post(Appointments.PATH, practice.consultation(practice.newPatient(), practice.at(day, "10:15"))),
                409,
                "appointment-conflict");
        age(held);

        JsonNode booked =
                Appointments.book(desk, practice.consultation(practice.newPatient(), practice.at(day, "10:15")));

        assertEquals("booked", booked.path("status").asText());
        JsonNode expired = Appointments.read(desk, held);
        assertEquals("expired", expired.path("status").asText());
        assertEquals(
                booked.path("createdAt").asText(),
                expired.path("updatedAt").asText(),
                "expired by the booking, in its transaction (not by the sweep)");
    }

    @Test
    void theSweepExpiresStaleHoldsNobodyBooksOver() throws InterruptedException {
        JsonNode held = hold(SchedulingFixture.nextDay());
        age(held);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String status = Appointments.read(desk, held).path("status").asText();
        while (status.equals("held") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = Appointments.read(desk, held).path("status").asText();
        }

        assertEquals("expired", status);
    }

    private JsonNode hold(LocalDate day) {
        Map<String, Object> hold = practice.consultation(practice.newPatient(), practice.at(day, "10:00"));
        hold.put("hold", true);
        return Appointments.book(desk, hold);
    }

    /** Moves the hold's expiry a second into the past, as if five minutes had gone by. */
    private static void age(JsonNode held) {
        int aged = ClinicDatabase.update(
                Clinic.SONRISA,
                "update clinic.appointment set hold_expires_at = now() - interval '1 second' where id = ? and status = 'held'",
                UUID.fromString(held.path("id").asText()));
        assertEquals(1, aged, "the hold to age");
    }
}
