package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** POST /api/v1/auth/token: every answer it can give. */
class AuthTokenIT {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final Api SONRISA = Api.at(Clinic.SONRISA);

    @ParameterizedTest
    @EnumSource(User.class)
    void issuesABearerTokenToEveryDemoUser(User user) {
        ApiResponse response = Tokens.request(Clinic.SONRISA.hostName(), user.username(), User.DEMO_PASSWORD);

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.mediaType());
        // A token is a credential: no cache may keep a copy.
        assertEquals("no-store", response.header("Cache-Control").orElse(""));
        JsonNode body = response.json();
        assertFalse(body.path("access_token").asText().isBlank());
        assertEquals("Bearer", body.path("token_type").asText());
        assertTrue(body.path("expires_in").asLong() > 0, response::toString);
    }

    @Test
    void theTokenOpensTheApiOfItsClinic() {
        String token = Tokens.request(Clinic.LUMIERE.hostName(), "frontdesk", User.DEMO_PASSWORD)
                .json()
                .path("access_token")
                .asText();

        assertEquals(
                200, Api.at(Clinic.LUMIERE).bearer(token).get(Patients.PATH).status());
    }

    @Test
    void aCustomDomainSignsIntoItsClinic() {
        ApiResponse response = Tokens.request(Clinic.SONRISA_CUSTOM_DOMAIN, "admin", User.DEMO_PASSWORD);
        assertEquals(200, response.status(), response::toString);
        String token = response.json().path("access_token").asText();

        // Same clinic, other host name: the token is sonrisa's.
        assertEquals(
                200, Api.at(Clinic.SONRISA).bearer(token).get(Patients.PATH).status());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertUnauthorized(
                Tokens.request(Clinic.SONRISA.hostName(), "admin", "not-the-password"), "invalid-credentials");
    }

    @Test
    void anUnknownUserGetsExactlyTheWrongPasswordAnswer() {
        JsonNode wrongPassword = assertUnauthorized(
                Tokens.request(Clinic.SONRISA.hostName(), "admin", "not-the-password"), "invalid-credentials");
        JsonNode unknownUser = assertUnauthorized(
                Tokens.request(Clinic.SONRISA.hostName(), "nobody-" + PatientBuilder.RUN, "x"), "invalid-credentials");

        // Otherwise the endpoint would tell an attacker which usernames exist.
        assertEquals(wrongPassword.path("title"), unknownUser.path("title"));
        assertEquals(wrongPassword.path("detail"), unknownUser.path("detail"));
    }

    @Test
    void missingCredentialsAreNamedFieldByField() {
        assertInvalidFields(SONRISA.post(TOKEN, Map.of()), "username", "password");
        assertInvalidFields(SONRISA.post(TOKEN, Map.of("username", "admin")), "password");
        assertInvalidFields(SONRISA.post(TOKEN, Map.of("username", " ", "password", "x")), "username");
    }

    @Test
    void aNullBodyIsAValidationProblem() {
        assertInvalidFields(SONRISA.send("POST", TOKEN, "null"), "username", "password");
    }

    @Test
    void anEmptyBodyIsAMalformedRequest() {
        assertProblem(SONRISA.send("POST", TOKEN, ""), 400, "malformed-request");
    }

    @Test
    void malformedJsonIsAMalformedRequest() {
        assertProblem(SONRISA.send("POST", TOKEN, "{\"username\": \"admin\","), 400, "malformed-request");
        assertProblem(SONRISA.send("POST", TOKEN, "[1, 2]"), 400, "malformed-request");
    }

    @Test
    void onlyJsonIsAccepted() {
        ApiResponse response = SONRISA.header("Content-Type", "text/plain").send("POST", TOKEN, "admin");

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void onlyPostIsAllowed() {
        ApiResponse response = SONRISA.get(TOKEN);

        assertProblem(response, 405, "method-not-allowed");
        assertTrue(response.header("Allow").orElse("").contains("POST"), response::toString);
    }

    @Test
    void anUnknownHostHasNoTokenEndpoint() {
        assertProblem(Tokens.request(Clinic.NOBODY, "admin", User.DEMO_PASSWORD), 404, "unknown-clinic");
    }
}
