package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Assertions on RFC 9457 problem documents, the one shape every API error must have. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://clinova.example/problems/";

    private Problems() {}

    /** Asserts a problem of this status and type (the last segment of its type URI) and returns it. */
    static JsonNode assertProblem(ApiResponse response, int status, String slug) {
        assertEquals(status, response.status(), () -> "status of " + response);
        assertEquals(MEDIA_TYPE, response.mediaType(), () -> "content type of " + response);
        JsonNode problem = response.json();
        assertEquals(TYPE_BASE + slug, problem.path("type").asText(), () -> "type of " + response);
        assertEquals(status, problem.path("status").asInt(), () -> "status member of " + response);
        assertFalse(problem.path("title").asText().isBlank(), () -> "title of " + response);
        assertFalse(problem.path("detail").asText().isBlank(), () -> "detail of " + response);
        return problem;
    }

    /** A 401 problem that also tells the client how to authenticate. */
    static JsonNode assertUnauthorized(ApiResponse response, String slug) {
        JsonNode problem = assertProblem(response, 401, slug);
        String challenge = response.header("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer"), () -> "WWW-Authenticate of " + response);
        return problem;
    }

    /**
     * A 401 for a token that authenticates nobody here (bad, expired, another clinic's). The API may
     * call it {@code invalid-token} or, treating the caller as anonymous, {@code not-authenticated}.
     */
    static JsonNode assertTokenRefused(ApiResponse response) {
        String slug = response.json().path("type").asText().replace(TYPE_BASE, "");
        assertTrue(Set.of("invalid-token", "not-authenticated").contains(slug), () -> "type of " + response);
        return assertUnauthorized(response, slug);
    }

    /** A 400 validation problem naming exactly these fields (each once or more). */
    static void assertInvalidFields(ApiResponse response, String... fields) {
        JsonNode problem = assertProblem(response, 400, "validation-failed");
        Set<String> named = new HashSet<>();
        problem.path("errors").forEach(e -> {
            assertFalse(e.path("message").asText().isBlank(), () -> "message of " + e);
            named.add(e.path("field").asText());
        });
        assertEquals(Set.of(fields), named, () -> "fields named by " + response);
    }
}
