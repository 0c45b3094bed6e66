package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Patients with appointments run to the end through the scheduling API (booked by the front desk,
 * checked in, completed by the clinic admin), in the scheduling tests' practice of sonrisa: what
 * billing invoices. Each visit takes a day of its own, so visits never compete for a time.
 */
final class CompletedVisits {

    /** The fixture's consultation price; sonrisa taxes it at 21 %. */
    static final String PRICE = "40.00";

    final SchedulingFixture practice = SchedulingFixture.shared();
    final String patientId;
    final LocalDate day;
    final List<String> appointmentIds = new ArrayList<>();

    private CompletedVisits(String patientId, LocalDate day) {
        this.patientId = patientId;
        this.day = day;
    }

    /** A new patient with {@code count} completed consultations, 09:00, 09:30, ... of one day. */
    static CompletedVisits of(int count) {
        SchedulingFixture practice = SchedulingFixture.shared();
        CompletedVisits visits = new CompletedVisits(practice.newPatient(), SchedulingFixture.nextDay());
        for (int i = 0; i < count; i++) {
            visits.appointmentIds.add(visits.completed(i).path("id").asText());
        }
        return visits;
    }

    /** One more appointment of the same patient and day, booked but not completed. */
    String booked(int slot) {
        return book(slot).path("id").asText();
    }

    private JsonNode completed(int slot) {
        JsonNode checkedIn = changed(practice.desk, book(slot), "check-in");
        return changed(practice.admin, checkedIn, "complete");
    }

    private JsonNode book(int slot) {
        String time = LocalTime.of(9, 0).plusMinutes(30L * slot).toString();
        return Appointments.book(practice.desk, practice.consultation(patientId, practice.at(day, time)));
    }

    private static JsonNode changed(Api api, JsonNode appointment, String action) {
        ApiResponse response = Appointments.change(api, appointment, action, null);
        assertEquals(200, response.status(), () -> action + ": " + response);
        return response.json();
    }

    /** The start of the visits' day, as the billable-appointments range takes it. */
    String from() {
        return day.minusDays(1).toString();
    }

    String to() {
        return day.plusDays(2).toString();
    }
}
