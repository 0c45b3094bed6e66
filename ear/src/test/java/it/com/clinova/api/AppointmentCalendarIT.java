package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** GET /api/v1/appointments/{id} and the calendars GET /api/v1/appointments?… */
class AppointmentCalendarIT {

    private static SchedulingFixture practice;
    private static Api desk;

    @BeforeAll
    static void practice() {
        practice = SchedulingFixture.shared();
        desk = practice.desk;
    }

    @Test
    void anAppointmentIsReadWithItsETagAndUnchangedIsA304() {
        JsonNode booked = Appointments.book(desk, consultation(SchedulingFixture.nextDay(), "10:00", 0));

        ApiResponse read = desk.get(Appointments.pathOf(booked));
        assertEquals(200, read.status(), read::toString);
        assertEquals(Appointments.etagOf(booked), read.header("ETag").orElseThrow());
        ApiResponse unchanged =
                desk.header("If-None-Match", Appointments.etagOf(booked)).get(Appointments.pathOf(booked));
        assertEquals(304, unchanged.status(), unchanged::toString);
        for (User user : User.values()) {
            ApiResponse byRole = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user).get(Appointments.pathOf(booked));
            assertEquals(200, byRole.status(), () -> user + ": " + byRole);
        }
    }

    @Test
    void unknownAndMalformedIdsAre404AndAnonymousCallersAre401() {
        assertProblem(desk.get(Appointments.PATH + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(desk.get(Appointments.PATH + "/not-an-id"), 404, "not-found");
        assertUnauthorized(
                Api.at(Clinic.SONRISA).get(Appointments.PATH + "/" + UUID.randomUUID()), "not-authenticated");
    }

    @Test
    void aPractitionersCalendarShowsTheirAppointmentsOverlappingTheRangeInStartOrder() {
        LocalDate day = SchedulingFixture.nextDay();
        JsonNode late = Appointments.book(desk, consultation(day, "15:00", 1));
        JsonNode early = Appointments.book(desk, consultation(day, "09:00", 1));
        Appointments.book(desk, consultation(day, "09:00", 2));
        Appointments.book(desk, consultation(day.plusDays(1), "09:00", 1));

        List<JsonNode> found = all(Map.of(
                "practitionerId", practice.practitioners.get(1),
                "from", practice.at(day, "09:15").toString(),
                "to", practice.at(day, "15:00").toString()));

        assertEquals(List.of(early.path("id").asText()), ids(found), "overlapping 09:15, not starting at 15:00");
        List<JsonNode> wholeDay = all(Map.of(
                "practitionerId", practice.practitioners.get(1),
                "from", practice.at(day, "00:00").toString(),
                "to", practice.at(day.plusDays(1), "00:00").toString()));
        assertEquals(List.of(early.path("id").asText(), late.path("id").asText()), ids(wholeDay));
    }

    @Test
    void calendarsByLocationAndPatientAndOnlyChosenStatuses() {
        LocalDate day = SchedulingFixture.nextDay();
        String patient = practice.newPatient();
        JsonNode first = Appointments.book(
                desk,
                SchedulingFixture.booking(
                        patient, practice.consultation, practice.practitioners.get(0), practice.at(day, "08:00")));
        JsonNode second = Appointments.book(
                desk,
                SchedulingFixture.booking(
                        patient, practice.consultation, practice.practitioners.get(2), practice.at(day, "13:00")));
        Appointments.change(desk, second, "cancel", Map.of("reason", "moved away"));
        Map<String, String> range = Map.of(
                "from",
                practice.at(day, "00:00").toString(),
                "to",
                practice.at(day.plusDays(1), "00:00").toString());

        List<JsonNode> ofPatient = all(with(range, "patientId", patient));
        List<JsonNode> atLocation = all(with(range, "locationId", practice.location));
        List<JsonNode> liveOfPatient = all(with(with(range, "patientId", patient), "status", "booked,held"));

        assertEquals(List.of(first.path("id").asText(), second.path("id").asText()), ids(ofPatient));
        assertTrue(ids(atLocation).containsAll(ids(ofPatient)), "the location shows both");
        assertEquals(List.of(first.path("id").asText()), ids(liveOfPatient));
    }

    @Test
    void aLongCalendarComesInPagesWithCursors() {
        LocalDate day = SchedulingFixture.nextDay();
        List<String> booked = new ArrayList<>();
        for (String time : List.of("08:00", "09:00", "10:00", "11:00", "12:00")) {
            booked.add(Appointments.book(desk, consultation(day, time, 0))
                    .path("id")
                    .asText());
        }
        Map<String, String> query = Map.of(
                "practitionerId", practice.practitioners.get(0),
                "from", practice.at(day, "00:00").toString(),
                "to", practice.at(day.plusDays(1), "00:00").toString(),
                "limit", "2");

        ApiResponse firstPage = calendar(query);
        assertEquals(2, firstPage.json().path("items").size());
        assertEquals(2, firstPage.json().path("limit").asInt());
        assertTrue(firstPage.json().hasNonNull("nextCursor"));
        assertEquals(booked, ids(all(query)));
    }

    @Test
    void badQueriesNameEveryBadParameter() {
        String from = Instant.now().toString();
        assertInvalidFields(
                calendar(
                        Map.of("from", from, "to", Instant.now().plusSeconds(60).toString())),
                "practitionerId");
        assertInvalidFields(
                calendar(Map.of("practitionerId", "x", "from", "monday", "limit", "0")),
                "practitionerId",
                "from",
                "to",
                "limit");
        assertInvalidFields(
                calendar(Map.of(
                        "locationId",
                        practice.location,
                        "from",
                        from,
                        "to",
                        Instant.now().plusSeconds(32 * 86_400).toString())),
                "to");
        assertInvalidFields(
                calendar(Map.of("locationId", practice.location, "from", from, "to", from, "status", "lost")),
                "to",
                "status");
        assertInvalidFields(
                calendar(Map.of(
                        "locationId",
                        practice.location,
                        "from",
                        from,
                        "to",
                        Instant.now().plusSeconds(60).toString(),
                        "cursor",
                        "forged.cursor")),
                "cursor");
    }

    @Test
    void anUnknownPractitionerHasAnEmptyCalendar() {
        ApiResponse response = calendar(Map.of(
                "practitionerId", UUID.randomUUID().toString(),
                "from", Instant.now().toString(),
                "to", Instant.now().plusSeconds(86_400).toString()));

        assertEquals(200, response.status(), response::toString);
        assertEquals(0, response.json().path("items").size());
    }

    private Map<String, Object> consultation(LocalDate day, String time, int practitioner) {
        return SchedulingFixture.booking(
                practice.newPatient(),
                practice.consultation,
                practice.practitioners.get(practitioner),
                practice.at(day, time));
    }

    static ApiResponse calendar(Api api, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.get(Appointments.PATH + "?" + encoded);
    }

    private ApiResponse calendar(Map<String, String> query) {
        return calendar(desk, query);
    }

    /** Every appointment of the calendar, following nextCursor to the end. */
    private List<JsonNode> all(Map<String, String> query) {
        List<JsonNode> found = new ArrayList<>();
        Map<String, String> page = new java.util.LinkedHashMap<>(query);
        for (int pages = 0; pages < 100; pages++) {
            ApiResponse response = calendar(page);
            assertEquals(200, response.status(), response::toString);
            response.json().path("items").forEach(found::add);
            JsonNode next = response.json().path("nextCursor");
            if (next.isMissingNode() || next.isNull()) {
                return found;
            }
            page.put("cursor", next.asText());
        }
        throw new AssertionError("the calendar never ended");
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> extended = new java.util.LinkedHashMap<>(query);
        extended.put(name, value);
        return extended;
    }

    private static List<String> ids(List<JsonNode> appointments) {
        return appointments.stream().map(a -> a.path("id").asText()).toList();
    }
}
