package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Real bookings to write records about (public for the browser tests), made through the
 * scheduling API as the front desk would: a new patient, a free "Primera visita" slot of Dra.
 * Elena Vidal (the demo clinician's practitioner) found through availability, booked and, unless
 * asked otherwise, checked in.
 */
public final class Visits {

    static final Clinic CLINIC = Clinic.SONRISA;
    static final String SERVICE = DemoPractice.id(CLINIC, "service", "Primera visita");
    static final String PRACTITIONER = DemoPractice.id(CLINIC, "practitioner", DemoPractice.VIDAL);
    /** Enough tries to get past slots taken by tests running at the same time. */
    private static final int ATTEMPTS = 5;

    private Visits() {}

    static Api frontDesk() {
        return Api.at(CLINIC).as(CLINIC, User.FRONT_DESK);
    }

    /** A booked appointment of a new patient, checked in: an encounter may be opened for it. */
    public static JsonNode checkedIn() {
        return checkIn(booked(Patients.create(frontDesk(), PatientBuilder.aPatient())));
    }

    /** Another checked-in appointment of the same patient (an encounter history of several). */
    static JsonNode checkedInFor(String patientId) {
        return checkIn(bookedFor(patientId));
    }

    /** A booked appointment that has not been checked in. */
    static JsonNode booked(JsonNode patient) {
        return bookedFor(patient.path("id").asText());
    }

    private static JsonNode bookedFor(String patientId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JsonNode slot = freeSlot(attempt);
            ApiResponse booked = frontDesk()
                    .post(
                            Appointments.PATH,
                            Map.of(
                                    "patientId", patientId,
                                    "serviceId", SERVICE,
                                    "practitionerId",
                                            slot.path("practitionerId").asText(),
                                    "locationId", slot.path("locationId").asText(),
                                    "start", slot.path("start").asText()));
            if (booked.status() == 201) {
                return booked.json();
            }
            assertEquals(409, booked.status(), booked::toString); // taken meanwhile: try the next slot
        }
        throw new AssertionError("no free slot could be booked in " + ATTEMPTS + " attempts");
    }

    static JsonNode checkIn(JsonNode appointment) {
        ApiResponse checkedIn = Appointments.change(frontDesk(), appointment, "check-in", null);
        assertEquals(200, checkedIn.status(), checkedIn::toString);
        return checkedIn.json();
    }

    /** A free slot from tomorrow on; {@code skip} passes over slots a concurrent booking may have taken. */
    private static JsonNode freeSlot(int skip) {
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(1);
        String query = "?serviceId=" + SERVICE + "&practitionerId=" + PRACTITIONER + "&from=" + from + "&to="
                + from.plusDays(13) + "&limit=" + (skip + 1);
        ApiResponse availability = frontDesk().get("/api/v1/availability" + query);
        assertEquals(200, availability.status(), availability::toString);
        JsonNode slots = availability.json().path("slots");
        assertEquals(skip + 1, slots.size(), () -> "not enough free slots: " + availability);
        return slots.get(skip);
    }
}
