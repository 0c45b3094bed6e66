package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The practice endpoints, for tests whose subject is something else, and bodies that are valid
 * and unique per run (names carry {@link PatientBuilder#RUN}), so the suite can run again and
 * again against the same database.
 */
final class PracticeApi {

    static final String LOCATIONS = "/api/v1/locations";
    static final String ROOMS = "/api/v1/rooms";
    static final String PRACTITIONERS = "/api/v1/practitioners";
    static final String SERVICES = "/api/v1/services";
    static final String EXCEPTIONS = "/api/v1/schedule-exceptions";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PracticeApi() {}

    /** A name no other test and no other run has used. */
    static String unique(String prefix) {
        return prefix + " " + PatientBuilder.RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> location() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Sede"));
        body.put("address", "Calle Mayor 1, 28013 Madrid");
        body.put("phone", "+34 910 123 456");
        body.put("timeZone", "Europe/Madrid");
        return body;
    }

    static Map<String, Object> practitioner() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", unique("Dra. Prueba"));
        body.put("specialty", "Odontología general");
        body.put("colour", "#1D4ED8");
        return body;
    }

    static Map<String, Object> service(List<String> practitionerIds, List<String> roomIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Tratamiento"));
        body.put("description", "Creado por las pruebas de la API");
        body.put("durationMinutes", 30);
        body.put("price", 45.5);
        body.put("practitionerIds", practitionerIds);
        body.put("roomIds", roomIds);
        return body;
    }

    static Map<String, Object> block(String locationId, String day, String start, String end) {
        return Map.of("locationId", locationId, "day", day, "start", start, "end", end);
    }

    static Map<String, Object> week(List<Map<String, Object>> blocks) {
        return Map.of("blocks", blocks);
    }

    static JsonNode create(Api api, String path, Map<String, Object> body) {
        ApiResponse response = api.post(path, body);
        assertEquals(201, response.status(), () -> "POST " + path + " " + body + ": " + response);
        return response.json();
    }

    static JsonNode read(Api api, String path) {
        ApiResponse response = api.get(path);
        assertEquals(200, response.status(), () -> "GET " + path + ": " + response);
        return response.json();
    }

    static String etag(JsonNode versioned) {
        return "\"" + versioned.path("version").asLong() + "\"";
    }

    /** Every item of a keyset-paginated practice list, following nextCursor to the last page. */
    static List<JsonNode> all(Api api, String path) {
        List<JsonNode> items = new ArrayList<>();
        String page = path + "?limit=100";
        for (int pages = 0; pages < 1_000; pages++) {
            JsonNode body = read(api, page);
            body.path("items").forEach(items::add);
            JsonNode next = body.path("nextCursor");
            if (next.isMissingNode() || next.isNull()) {
                return items;
            }
            page = path + "?limit=100&cursor=" + next.asText();
        }
        throw new AssertionError(path + " never reached its last page");
    }

    static List<String> ids(Iterable<JsonNode> nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
