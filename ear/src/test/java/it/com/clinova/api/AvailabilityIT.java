package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/v1/availability: free slots from working hours minus bookings, and bad searches. */
class AvailabilityIT {

    private static SchedulingFixture practice;
    private static Api desk;

    @BeforeAll
    static void practice() {
        practice = SchedulingFixture.shared();
        desk = practice.desk;
    }

    @Test
    void aDayOfOnePractitionerIsEveryQuarterHourOfTheirHoursExceptWhatIsBooked() {
        LocalDate day = SchedulingFixture.nextDay();
        String lucky = practice.practitioners.get(2);
        Appointments.book(
                desk,
                SchedulingFixture.booking(
                        practice.newPatient(), practice.consultation, lucky, practice.at(day, "10:00")));

        JsonNode found = search(Map.of(
                "serviceId", practice.consultation, "practitionerId", lucky, "from", day.toString(), "limit", "500"));

        List<String> starts = starts(found);
        assertEquals(practice.at(day, "06:00").toString(), starts.get(0));
        assertEquals(practice.at(day, "21:30").toString(), starts.get(starts.size() - 1));
        assertFalse(starts.contains(practice.at(day, "09:45").toString()), "would overlap the 10:00 booking");
        assertFalse(starts.contains(practice.at(day, "10:15").toString()));
        assertTrue(starts.contains(practice.at(day, "09:30").toString()), "ends as the booking begins");
        assertTrue(starts.contains(practice.at(day, "10:30").toString()), "begins as the booking ends");
        assertEquals(63 - 3, starts.size(), "16 hours of quarter-hour starts, minus three around the booking");
        JsonNode slot = found.path("slots").get(0);
        assertEquals(practice.at(day, "06:30").toString(), slot.path("end").asText());
        assertEquals(lucky, slot.path("practitionerId").asText());
        assertEquals(practice.location, slot.path("locationId").asText());
        assertFalse(found.path("truncated").asBoolean());
    }

    @Test
    void slotsOfAServiceWithRoomsNameAFreeRoomAndTheLimitTruncates() {
        LocalDate day = SchedulingFixture.nextDay();

        JsonNode found = search(Map.of(
                "serviceId", practice.cleaning, "locationId", practice.location, "from", day.toString(), "limit", "5"));

        assertEquals(5, found.path("slots").size());
        assertTrue(found.path("truncated").asBoolean());
        List<String> starts = starts(found);
        assertEquals(
                List.of("06:00", "06:00", "06:00", "06:15", "06:15"),
                localTimes(starts),
                "three practitioners a start");
        for (JsonNode slot : found.path("slots")) {
            assertTrue(practice.rooms.contains(slot.path("roomId").asText()), slot::toString);
        }
    }

    @Test
    void thePastIsNeverOffered() {
        JsonNode found = search(Map.of(
                "serviceId",
                practice.consultation,
                "from",
                LocalDate.now().minusDays(1).toString(),
                "to",
                LocalDate.now().plusDays(1).toString()));

        Instant now = Instant.now();
        for (JsonNode slot : found.path("slots")) {
            assertFalse(Instant.parse(slot.path("start").asText()).isBefore(now.minusSeconds(5)), slot::toString);
        }
    }

    @Test
    void everyBadParameterIsNamed() {
        assertInvalidFields(search(desk, Map.of()), "serviceId", "from");
        assertInvalidFields(
                search(desk, Map.of("serviceId", "x", "practitionerId", "y", "from", "today", "limit", "9999")),
                "serviceId",
                "practitionerId",
                "from",
                "limit");
        LocalDate today = LocalDate.now();
        assertInvalidFields(
                search(
                        desk,
                        Map.of(
                                "serviceId",
                                practice.consultation,
                                "from",
                                today.toString(),
                                "to",
                                today.plusDays(31).toString())),
                "to");
        assertInvalidFields(
                search(
                        desk,
                        Map.of(
                                "serviceId",
                                practice.consultation,
                                "from",
                                today.toString(),
                                "to",
                                today.minusDays(1).toString())),
                "to");
        assertInvalidFields(
                search(
                        desk,
                        Map.of(
                                "serviceId", UUID.randomUUID().toString(),
                                "practitionerId", UUID.randomUUID().toString(),
                                "locationId", UUID.randomUUID().toString(),
                                "from", today.toString())),
                "serviceId",
                "practitionerId",
                "locationId");
    }

    @Test
    void everyStaffRoleSearchesAndAnonymousCallersCannot() {
        Map<String, String> query = Map.of(
                "serviceId",
                practice.consultation,
                "from",
                SchedulingFixture.nextDay().toString());
        for (User user : User.values()) {
            ApiResponse response = search(Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user), query);
            assertEquals(200, response.status(), () -> user + ": " + response);
        }
        assertUnauthorized(search(Api.at(Clinic.SONRISA), query), "not-authenticated");
    }

    private JsonNode search(Map<String, String> query) {
        ApiResponse response = search(desk, query);
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    static ApiResponse search(Api api, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.get("/api/v1/availability" + (encoded.isEmpty() ? "" : "?" + encoded));
    }

    private List<String> localTimes(List<String> instants) {
        return instants.stream()
                .map(i -> Instant.parse(i).atZone(practice.zone).toLocalTime().toString())
                .toList();
    }

    private static List<String> starts(JsonNode found) {
        List<String> starts = new ArrayList<>();
        found.path("slots").forEach(s -> starts.add(s.path("start").asText()));
        return starts;
    }
}
