package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The patient endpoints, for tests whose subject is something else (fixtures, probes). */
final class Patients {

    static final String PATH = "/api/v1/patients";
    /** Enough pages for any demo clinic plus what many runs of the suite add; a loop guard only. */
    private static final int MAX_PAGES = 1_000;

    private Patients() {}

    /** Registers a patient and returns it as the API shows it. */
    static JsonNode create(Api api, PatientBuilder patient) {
        ApiResponse response = api.post(PATH, patient.build());
        assertEquals(201, response.status(), () -> "register " + patient.build() + ": " + response);
        return response.json();
    }

    /**
     * Registers a patient and returns it as a later GET shows it: the baseline for "nothing
     * changed" checks, which must not depend on how the POST answer renders timestamps.
     */
    static JsonNode createAndRead(Api api, PatientBuilder patient) {
        JsonNode created = create(api, patient);
        ApiResponse read = api.get(pathOf(created));
        assertEquals(200, read.status(), read::toString);
        return read.json();
    }

    static String pathOf(JsonNode patient) {
        return PATH + "/" + patient.path("id").asText();
    }

    /** GET /api/v1/patients with these query parameters, URL-encoded, in order. */
    static ApiResponse search(Api api, Map<String, String> query) {
        if (query.isEmpty()) {
            return api.get(PATH);
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.get(PATH + "?" + encoded);
    }

    /** Every patient a search finds, following nextCursor to the last page. */
    static List<JsonNode> searchAll(Api api, Map<String, String> query, int limit) {
        List<JsonNode> found = new ArrayList<>();
        Map<String, String> page = new LinkedHashMap<>(query);
        page.put("limit", Integer.toString(limit));
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            ApiResponse response = search(api, page);
            assertEquals(200, response.status(), () -> "search " + page + ": " + response);
            JsonNode body = response.json();
            assertTrue(body.path("items").size() <= limit, () -> "page larger than its limit: " + response);
            body.path("items").forEach(found::add);
            JsonNode next = body.path("nextCursor");
            if (next.isMissingNode() || next.isNull()) {
                return found;
            }
            page.put("cursor", next.asText());
        }
        throw new AssertionError("search " + query + " never reached its last page");
    }

    static List<String> ids(List<JsonNode> patients) {
        return patients.stream().map(p -> p.path("id").asText()).toList();
    }
}
