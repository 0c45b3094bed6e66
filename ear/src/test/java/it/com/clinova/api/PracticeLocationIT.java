package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Locations: open, read, change, deactivate, list; every error path. */
class PracticeLocationIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api frontDesk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);

    @Test
    void anAdminOpensALocationAndEveryoneReadsIt() {
        Map<String, Object> body = PracticeApi.location();
        ApiResponse created = admin.post(LOCATIONS, body);

        assertEquals(201, created.status(), created::toString);
        JsonNode location = created.json();
        String path = LOCATIONS + "/" + location.path("id").asText();
        assertTrue(created.header("Location").orElse("").endsWith(path), created::toString);
        assertEquals(PracticeApi.etag(location), created.header("ETag").orElse(""));
        assertEquals(body.get("name"), location.path("name").asText());
        assertEquals("Europe/Madrid", location.path("timeZone").asText());
        assertTrue(location.path("active").asBoolean());
        assertEquals(location, PracticeApi.read(frontDesk, path));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> body = PracticeApi.location();
        body.put("name", "  ");
        body.put("timeZone", "Mars/Olympus_Mons");
        body.put("phone", "call me");
        body.put("address", "x".repeat(301));

        assertInvalidFields(admin.post(LOCATIONS, body), "name", "timeZone", "phone", "address");
        assertInvalidFields(admin.post(LOCATIONS, Map.of("name", "Sin zona")), "timeZone");
        assertInvalidFields(admin.send("POST", LOCATIONS, "null"), "body");
        assertProblem(admin.send("POST", LOCATIONS, "{\"name\":"), 400, "malformed-request");
    }

    @Test
    void aFixedOffsetIsNotATimeZone() {
        Map<String, Object> body = PracticeApi.location();
        body.put("timeZone", "+01:00");
        assertInvalidFields(admin.post(LOCATIONS, body), "timeZone");
    }

    @Test
    void namesAreUniqueInTheClinic() {
        Map<String, Object> body = PracticeApi.location();
        PracticeApi.create(admin, LOCATIONS, body);

        JsonNode problem = assertProblem(admin.post(LOCATIONS, body), 409, "conflict");
        assertTrue(problem.path("detail").asText().contains("name"), problem::toString);
    }

    @Test
    void changesNeedTheCurrentETag() {
        JsonNode location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        String path = LOCATIONS + "/" + location.path("id").asText();
        Map<String, Object> change = PracticeApi.location();

        assertProblem(admin.put(path, change), 428, "precondition-required");
        assertProblem(admin.header("If-Match", "\"999\"").put(path, change), 412, "stale-version");
        assertInvalidFields(admin.header("If-Match", "3").put(path, change), "If-Match");
        ApiResponse changed =
                admin.header("If-Match", PracticeApi.etag(location)).put(path, change);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(change.get("name"), changed.json().path("name").asText());
        assertEquals(PracticeApi.etag(changed.json()), changed.header("ETag").orElse(""));
        assertTrue(changed.json().path("version").asLong()
                > location.path("version").asLong());
        assertProblem(admin.header("If-Match", PracticeApi.etag(location)).put(path, change), 412, "stale-version");
    }

    @Test
    void aDeactivatedLocationStaysReadableButTakesNoNewRooms() {
        JsonNode location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        String path = LOCATIONS + "/" + location.path("id").asText();
        Map<String, Object> change = PracticeApi.location();
        change.put("active", false);

        JsonNode inactive = admin.header("If-Match", PracticeApi.etag(location))
                .put(path, change)
                .json();

        assertFalse(inactive.path("active").asBoolean(), inactive::toString);
        assertFalse(PracticeApi.read(frontDesk, path).path("active").asBoolean());
        assertInvalidFields(admin.post(path + "/rooms", Map.of("name", "Gabinete nuevo")), "locationId");
    }

    @Test
    void readsAnswerNotModifiedAndNotFound() {
        JsonNode location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        String path = LOCATIONS + "/" + location.path("id").asText();

        assertEquals(
                304,
                frontDesk
                        .header("If-None-Match", PracticeApi.etag(location))
                        .get(path)
                        .status());
        assertProblem(frontDesk.get(LOCATIONS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(frontDesk.get(LOCATIONS + "/not-an-id"), 404, "not-found");
        assertProblem(
                admin.header("If-Match", "*").put(LOCATIONS + "/" + UUID.randomUUID(), PracticeApi.location()),
                404,
                "not-found");
    }

    @Test
    void theListIsPagedInNameOrder() {
        for (int i = 0; i < 3; i++) {
            PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        }
        JsonNode first = PracticeApi.read(frontDesk, LOCATIONS + "?limit=2");
        assertEquals(2, first.path("items").size());
        assertEquals(2, first.path("limit").asInt());
        String cursor = first.path("nextCursor").asText();
        assertFalse(cursor.isEmpty(), first::toString);
        JsonNode second = PracticeApi.read(frontDesk, LOCATIONS + "?limit=2&cursor=" + cursor);

        Set<String> seen = new HashSet<>(PracticeApi.ids(first.path("items")));
        PracticeApi.ids(second.path("items")).forEach(id -> assertTrue(seen.add(id), "page repeated " + id));
        List<JsonNode> all = PracticeApi.all(frontDesk, LOCATIONS);
        List<String> names = all.stream().map(l -> l.path("name").asText()).toList();
        assertTrue(names.containsAll(List.of(DemoPractice.CENTRO, DemoPractice.CHAMBERI)), names::toString);
    }

    @Test
    void badListParametersAreNamedTogether() {
        assertInvalidFields(frontDesk.get(LOCATIONS + "?limit=0&cursor=forged.cursor"), "limit", "cursor");
        assertInvalidFields(frontDesk.get(LOCATIONS + "?limit=101"), "limit");
        String practitionersCursor = PracticeApi.read(frontDesk, PracticeApi.PRACTITIONERS + "?limit=1")
                .path("nextCursor")
                .asText();
        assertInvalidFields(frontDesk.get(LOCATIONS + "?cursor=" + practitionersCursor), "cursor");
    }

    @Test
    void onlyAdminsChangeLocations() {
        JsonNode location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        String path = LOCATIONS + "/" + location.path("id").asText();
        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN, User.BILLING)) {
            Api staff = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user);
            assertProblem(staff.post(LOCATIONS, PracticeApi.location()), 403, "forbidden");
            assertProblem(
                    staff.header("If-Match", PracticeApi.etag(location)).put(path, PracticeApi.location()),
                    403,
                    "forbidden");
        }
        assertUnauthorized(Api.at(Clinic.SONRISA).get(LOCATIONS), "not-authenticated");
        assertEquals(location, PracticeApi.read(frontDesk, path));
    }
}
