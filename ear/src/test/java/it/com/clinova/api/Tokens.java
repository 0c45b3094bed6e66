package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens of the demo users, obtained once per clinic and user for the whole run: signing in
 * is not what most tests are about, and hashing passwords is deliberately slow.
 */
final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    static String of(Clinic clinic, User user) {
        return CACHE.computeIfAbsent(clinic + "/" + user, k -> signIn(clinic, user));
    }

    static ApiResponse request(String hostName, String username, String password) {
        return Api.at(hostName).post("/api/v1/auth/token", Map.of("username", username, "password", password));
    }

    private static String signIn(Clinic clinic, User user) {
        ApiResponse response = request(clinic.hostName(), user.username(), User.DEMO_PASSWORD);
        assertEquals(200, response.status(), () -> "sign-in of " + user + " at " + clinic + ": " + response);
        return response.json().get("access_token").asText();
    }
}
