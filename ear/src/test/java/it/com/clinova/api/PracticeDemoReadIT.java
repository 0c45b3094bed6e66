package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every staff role reads the seeded practice of its own clinic through the API: locations with
 * rooms, practitioners linked to accounts, services with practitioners and rooms, a week with a
 * split shift, and the exceptions of the coming weeks.
 */
class PracticeDemoReadIT {

    private final Api frontDesk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);

    @Test
    void everyRoleReadsTheLocationsAndRoomsOfItsClinic() {
        for (User user : User.values()) {
            ApiResponse page = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user).get("/api/v1/locations");
            assertEquals(200, page.status(), page::toString);
            List<String> names = texts(page.json().path("items"), "name");
            assertTrue(names.containsAll(List.of(DemoPractice.CENTRO, DemoPractice.CHAMBERI)), names::toString);
            assertTrue(!names.contains(DemoPractice.CHIADO), "another clinic's location");
        }
        String centro = DemoPractice.id(Clinic.SONRISA, "location", DemoPractice.CENTRO);
        ApiResponse rooms = frontDesk.get("/api/v1/locations/" + centro + "/rooms");
        assertEquals(200, rooms.status(), rooms::toString);
        assertEquals(List.of("Gabinete 1", "Gabinete 2", "Sala de radiología"), texts(rooms.json(), "name"));
    }

    @Test
    void theClinicianIsLinkedToTheirPractitioner() {
        String vidal = DemoPractice.id(Clinic.SONRISA, "practitioner", DemoPractice.VIDAL);
        ApiResponse read = frontDesk.get("/api/v1/practitioners/" + vidal);
        assertEquals(200, read.status(), read::toString);
        assertEquals(
                DemoPractice.userId(Clinic.SONRISA, "clinician"),
                read.json().path("userId").asText());
        assertEquals(
                "\"" + read.json().path("version").asLong() + "\"",
                read.header("ETag").orElse(""));
    }

    @Test
    void practitionersWithoutAnAccountAreListedToo() {
        ApiResponse page = frontDesk.get("/api/v1/practitioners?limit=100");
        assertEquals(200, page.status(), page::toString);
        JsonNode ortega = null;
        for (JsonNode p : page.json().path("items")) {
            if (p.path("displayName").asText().equals(DemoPractice.ORTEGA)) {
                ortega = p;
            }
        }
        assertTrue(ortega != null && ortega.path("userId").isMissingNode(), page::toString);
    }

    @Test
    void servicesCarryDurationPriceCurrencyPractitionersAndRooms() {
        String implant = DemoPractice.id(Clinic.SONRISA, "service", "Implante dental");
        JsonNode service = frontDesk.get("/api/v1/services/" + implant).json();
        assertEquals(90, service.path("durationMinutes").asInt());
        assertEquals(0, new BigDecimal("950").compareTo(service.path("price").decimalValue()), service::toString);
        assertEquals("EUR", service.path("currency").asText());
        assertEquals(
                List.of(DemoPractice.id(Clinic.SONRISA, "practitioner", "Dr. Sergio Campos")),
                texts(service.path("practitionerIds")));
        assertEquals(List.of(DemoPractice.id(Clinic.SONRISA, "room", "Gabinete 1")), texts(service.path("roomIds")));
    }

    @Test
    void aWeekShowsASplitShiftAndASaturdayMorning() {
        String vidal = DemoPractice.id(Clinic.SONRISA, "practitioner", DemoPractice.VIDAL);
        ApiResponse week = frontDesk.get("/api/v1/practitioners/" + vidal + "/working-hours");
        assertEquals(200, week.status(), week::toString);
        List<String> monday = new ArrayList<>();
        week.json().path("blocks").forEach(b -> {
            if (b.path("day").asText().equals("monday")) {
                monday.add(b.path("start").asText() + "-" + b.path("end").asText());
            }
        });
        assertEquals(List.of("09:00-14:00", "16:00-19:00"), monday);
        assertTrue(week.body().contains("\"day\":\"saturday\""), week::toString);
        assertEquals(
                "\"" + week.json().path("tag").asText() + "\"",
                week.header("ETag").orElse(""));
    }

    @Test
    void theComingWeeksHaveAHolidayAndAnAbsence() {
        LocalDate today = LocalDate.now();
        ApiResponse list = frontDesk.get("/api/v1/schedule-exceptions?from=" + today + "&to=" + today.plusDays(60));
        assertEquals(200, list.status(), list::toString);
        List<String> kinds = texts(list.json(), "kind");
        assertTrue(kinds.contains("holiday") && kinds.contains("absence"), kinds::toString);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
