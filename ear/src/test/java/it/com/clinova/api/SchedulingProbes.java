package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Cross-tenant probes of the scheduling endpoints: clinic B (lumière) acts on what clinic A
 * (sonrisa) owns, an appointment of A's own practice, and must learn and change nothing. B's
 * answers about A's ids must be exactly its answers about ids that never existed.
 */
final class SchedulingProbes {

    private static JsonNode appointmentOfA;

    private SchedulingProbes() {}

    /** A's booked appointment, made once and read back fresh by every probe. */
    private static synchronized JsonNode appointmentOfA() {
        if (appointmentOfA == null) {
            SchedulingFixture a = SchedulingFixture.shared();
            appointmentOfA = Appointments.book(
                    a.desk, a.consultation(a.newPatient(), a.at(SchedulingFixture.nextDay(), "10:00")));
        }
        return appointmentOfA;
    }

    static void availability(TenantPair pair) {
        SchedulingFixture a = SchedulingFixture.shared();
        String day = SchedulingFixture.nextDay().toString();
        JsonNode ofA = assertProblem(
                AvailabilityIT.search(
                        pair.asB,
                        Map.of(
                                "serviceId",
                                a.consultation,
                                "practitionerId",
                                a.practitioners.get(0),
                                "locationId",
                                a.location,
                                "from",
                                day)),
                400,
                "validation-failed");
        JsonNode unknown = assertProblem(
                AvailabilityIT.search(
                        pair.asB,
                        Map.of(
                                "serviceId", UUID.randomUUID().toString(),
                                "practitionerId", UUID.randomUUID().toString(),
                                "locationId", UUID.randomUUID().toString(),
                                "from", day)),
                400,
                "validation-failed");
        assertEquals(unknown.path("errors"), ofA.path("errors"), "A's ids are told apart from unknown ones");
        assertTokenRefused(AvailabilityIT.search(pair.tokenOfAOnB, Map.of("serviceId", a.consultation, "from", day)));
    }

    static void book(TenantPair pair) {
        SchedulingFixture a = SchedulingFixture.shared();
        JsonNode appointment = appointmentOfA();
        Map<String, Object> withIdsOfA = SchedulingFixture.booking(
                appointment.path("patientId").asText(),
                a.consultation,
                a.practitioners.get(1),
                a.at(SchedulingFixture.nextDay(), "10:00"));
        withIdsOfA.put("locationId", a.location);

        assertInvalidFields(
                pair.asB.post(Appointments.PATH, withIdsOfA), "patientId", "serviceId", "practitionerId", "locationId");
        assertTokenRefused(pair.tokenOfAOnB.post(Appointments.PATH, withIdsOfA));
        assertTokenRefused(pair.tokenOfBOnA.post(Appointments.PATH, withIdsOfA));
        assertUnchanged(pair);
    }

    static void calendar(TenantPair pair) {
        JsonNode appointment = appointmentOfA();
        Instant start = Instant.parse(appointment.path("start").asText());
        Map<String, String> range = Map.of(
                "from",
                start.minusSeconds(3600).toString(),
                "to",
                start.plusSeconds(3600).toString());
        for (String filter : List.of("practitionerId", "locationId", "patientId")) {
            Map<String, String> query = new java.util.LinkedHashMap<>(range);
            query.put(filter, appointment.path(filter).asText());
            ApiResponse seenByB = AppointmentCalendarIT.calendar(pair.asB, query);
            assertEquals(200, seenByB.status(), seenByB::toString);
            assertEquals(
                    0,
                    seenByB.json().path("items").size(),
                    () -> "B's calendar by " + filter + " shows A's appointment");
            assertTokenRefused(AppointmentCalendarIT.calendar(pair.tokenOfAOnB, query));
        }
    }

    static void read(TenantPair pair) {
        JsonNode appointment = appointmentOfA();
        String unknownId = UUID.randomUUID().toString();
        JsonNode unknown = assertProblem(pair.asB.get(Appointments.PATH + "/" + unknownId), 404, "not-found");
        JsonNode ofA = assertProblem(pair.asB.get(Appointments.pathOf(appointment)), 404, "not-found");
        assertEquals(
                unknown.path("detail").asText().replace(unknownId, "{id}"),
                ofA.path("detail").asText().replace(appointment.path("id").asText(), "{id}"));
        assertProblem(
                pair.asB
                        .header("If-None-Match", Appointments.etagOf(appointment))
                        .get(Appointments.pathOf(appointment)),
                404,
                "not-found");
        assertTokenRefused(pair.tokenOfAOnB.get(Appointments.pathOf(appointment)));
        assertTokenRefused(pair.tokenOfBOnA.get(Appointments.pathOf(appointment)));
    }

    static void confirm(TenantPair pair) {
        change(pair, "confirm", null);
    }

    static void cancel(TenantPair pair) {
        change(pair, "cancel", Map.of("reason", "probe"));
    }

    static void reschedule(TenantPair pair) {
        change(
                pair,
                "reschedule",
                Map.of("start", Instant.now().plusSeconds(86_400 * 60L).toString()));
    }

    static void checkIn(TenantPair pair) {
        change(pair, "check-in", null);
    }

    static void complete(TenantPair pair) {
        change(pair, "complete", null);
    }

    static void noShow(TenantPair pair) {
        change(pair, "no-show", null);
    }

    /** B's change of A's appointment, with any version or A's ETag, finds nothing and changes nothing. */
    private static void change(TenantPair pair, String action, Object body) {
        JsonNode appointment = appointmentOfA();
        String path = Appointments.pathOf(appointment) + "/" + action;
        for (String etag : List.of("*", Appointments.etagOf(appointment))) {
            Api asB = pair.asB.header("If-Match", etag);
            assertProblem(body == null ? asB.send("POST", path, null) : asB.post(path, body), 404, "not-found");
        }
        Api tokenOfA = pair.tokenOfAOnB.header("If-Match", "*");
        assertTokenRefused(body == null ? tokenOfA.send("POST", path, null) : tokenOfA.post(path, body));
        assertUnchanged(pair);
    }

    private static void assertUnchanged(TenantPair pair) {
        JsonNode appointment = appointmentOfA();
        JsonNode now = Appointments.read(pair.asA, appointment);
        assertEquals(appointment.path("version"), now.path("version"), "B changed A's appointment");
        assertEquals(appointment.path("status"), now.path("status"));
        assertEquals(appointment.path("start"), now.path("start"));
    }
}
