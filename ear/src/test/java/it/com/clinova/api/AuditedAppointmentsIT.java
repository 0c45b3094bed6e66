package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Appointments are patient data: booking, reading, listing and changing one is each exactly one
 * row of the clinic's audit trail, naming the appointment and its patient; a calendar names
 * every patient it returned, and free slots (no patient data) record nothing.
 */
class AuditedAppointmentsIT {

    private final SchedulingFixture practice = SchedulingFixture.shared();

    @Test
    void eachAppointmentAccessIsOneRowNamingItsPatient() {
        LocalDate day = SchedulingFixture.nextDay();
        String patient = practice.newPatient();
        String[] ids = {request(), request(), request(), request(), request()};

        JsonNode booked = Appointments.book(
                practice.desk.header("X-Request-Id", ids[0]),
                practice.consultation(patient, practice.at(day, "10:00")));
        String id = booked.path("id").asText();
        assertEquals(
                200,
                practice.desk
                        .header("X-Request-Id", ids[1])
                        .get(Appointments.pathOf(booked))
                        .status());
        ApiResponse calendar = AppointmentCalendarIT.calendar(
                practice.desk.header("X-Request-Id", ids[2]),
                Map.of(
                        "patientId", patient,
                        "from", practice.at(day, "00:00").toString(),
                        "to", practice.at(day.plusDays(1), "00:00").toString()));
        assertEquals(200, calendar.status(), calendar::toString);
        ApiResponse checkedIn =
                Appointments.change(practice.desk.header("X-Request-Id", ids[3]), booked, "check-in", null);
        assertEquals(200, checkedIn.status(), checkedIn::toString);
        ApiResponse slots = AvailabilityIT.search(
                practice.desk.header("X-Request-Id", ids[4]),
                Map.of("serviceId", practice.consultation, "from", day.toString()));
        assertEquals(200, slots.status(), slots::toString);

        List<String> rows = AuditRows.ofRequests(Clinic.SONRISA, List.of(ids)).stream()
                .map(r -> r.requestId() + " " + r.action() + " " + r.objectType() + " " + r.objectId() + " "
                        + r.patientIds())
                .toList();

        assertEquals(
                List.of(
                        ids[0] + " create appointment " + id + " " + patient,
                        ids[1] + " read appointment " + id + " " + patient,
                        ids[2] + " search appointment null " + patient,
                        ids[3] + " update appointment " + id + " " + patient),
                rows);
    }

    private static String request() {
        return "it-" + UUID.randomUUID().toString().substring(0, 18) + "-"
                + Instant.now().getNano();
    }
}
