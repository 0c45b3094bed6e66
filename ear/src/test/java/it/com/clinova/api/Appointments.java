package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The appointment endpoints, for tests whose subject is something else (fixtures, probes). */
final class Appointments {

    static final String PATH = "/api/v1/appointments";

    private Appointments() {}

    /** Books (or holds) and returns the appointment as the API shows it; fails unless 201. */
    static JsonNode book(Api api, Map<String, Object> booking) {
        ApiResponse response = api.post(PATH, booking);
        assertEquals(201, response.status(), () -> "book " + booking + ": " + response);
        return response.json();
    }

    static String pathOf(JsonNode appointment) {
        return PATH + "/" + appointment.path("id").asText();
    }

    static String etagOf(JsonNode appointment) {
        return "\"" + appointment.path("version").asLong() + "\"";
    }

    /** POSTs a state change ({@code confirm}, {@code check-in}, ...) with the appointment's current ETag. */
    static ApiResponse change(Api api, JsonNode appointment, String action, Object body) {
        Api guarded = api.header("If-Match", etagOf(appointment));
        String path = pathOf(appointment) + "/" + action;
        return body == null ? guarded.send("POST", path, null) : guarded.post(path, body);
    }

    /** Whether a member is null or, as the API leaves null members out, absent. */
    static boolean isAbsent(JsonNode member) {
        return member.isNull() || member.isMissingNode();
    }

    /** The appointment as it is now. */
    static JsonNode read(Api api, JsonNode appointment) {
        ApiResponse response = api.get(pathOf(appointment));
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }
}
