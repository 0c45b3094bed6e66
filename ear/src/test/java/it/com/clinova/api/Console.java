package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SaaS console's API as the tests reach it: the console host (operators, sign-up) and each
 * clinic's host at {@code /admin/api/v1} (its administrators). Tokens are fetched once per run.
 */
final class Console {

    static final String HOST = "admin.localhost";
    static final String API = "/admin/api/v1";
    static final String TOKEN = API + "/auth/token";
    static final String SIGNUPS = API + "/signups";
    static final String TENANTS = API + "/tenants";
    static final String AUDIT = API + "/audit-events";
    static final String ME = API + "/me";
    static final String OPERATOR = "operator";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Console() {}

    static Api console() {
        return Api.at(HOST);
    }

    static ApiResponse token(String host, String username, String password) {
        return Api.at(host).post(TOKEN, Map.of("username", username, "password", password));
    }

    static String operatorToken() {
        return TOKENS.computeIfAbsent("operator", k -> accessToken(HOST, OPERATOR, User.DEMO_PASSWORD));
    }

    static Api asOperator() {
        return console().bearer(operatorToken());
    }

    static String adminToken(Clinic clinic) {
        return TOKENS.computeIfAbsent(
                clinic.hostName(), k -> accessToken(clinic.hostName(), User.ADMIN.username(), User.DEMO_PASSWORD));
    }

    static Api asAdminOf(Clinic clinic) {
        return Api.at(clinic.hostName()).bearer(adminToken(clinic));
    }

    static String accessToken(String host, String username, String password) {
        ApiResponse response = token(host, username, password);
        assertEquals(200, response.status(), () -> "console sign-in of " + username + " at " + host + ": " + response);
        return response.json().path("access_token").asText();
    }

    /** A fresh, valid slug no test has used. */
    static String freshSlug(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static String freshKey() {
        return "it-" + UUID.randomUUID();
    }

    /** A valid sign-up for {@code slug}; change fields with {@link Map#put}. */
    static Map<String, Object> signUp(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("clinicName", "Clínica " + slug);
        body.put("slug", slug);
        body.put("adminEmail", "owner@" + slug + ".example");
        body.put("adminPassword", "a-long-password-1");
        body.put("country", "ES");
        body.put("locale", "es");
        body.put("timeZone", "Europe/Madrid");
        body.put("currency", "EUR");
        body.put("planCode", "clinic");
        body.put("sampleData", true);
        return body;
    }

    static ApiResponse postSignUp(String key, Map<String, Object> body) {
        Api api = console();
        if (key != null) {
            api = api.header("Idempotency-Key", key);
        }
        return api.post(SIGNUPS, body);
    }
}
