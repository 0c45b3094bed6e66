package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's two audiences: operators on the console host, a clinic's administrators on their
 * clinic's host. A token is only ever good where it was issued, the clinic API's tokens are never
 * console tokens (and vice versa), and an operator reaches no clinical data.
 */
class ConsoleRealmsIT {

    @Test
    void anOperatorSignsInOnTheConsoleHostAndSeesEveryClinic() {
        JsonNode me = Console.asOperator().get(Console.ME).json();
        assertEquals("platform", me.path("realm").asText());
        assertEquals(Console.OPERATOR, me.path("username").asText());

        ApiResponse tenants = Console.asOperator().get(Console.TENANTS + "?q=sonrisa");
        assertEquals(200, tenants.status(), tenants::toString);
        assertEquals(
                "sonrisa", tenants.json().path("items").path(0).path("slug").asText());
        String lumiere = Console.asOperator()
                .get(Console.TENANTS + "?q=lumiere")
                .json()
                .path("items")
                .path(0)
                .path("id")
                .asText();
        assertEquals(
                "lumiere",
                Console.asOperator()
                        .get(Console.TENANTS + "/" + lumiere)
                        .json()
                        .path("slug")
                        .asText());
        assertProblem(Console.asOperator().get(Console.TENANTS + "?limit=0"), 400, "validation-failed");
    }

    @Test
    void operatorCredentialsAndTokensAreWorthNothingOnAClinicHost() {
        assertProblem(
                Console.token(Clinic.SONRISA.hostName(), Console.OPERATOR, User.DEMO_PASSWORD),
                401,
                "invalid-credentials");
        String operator = Console.operatorToken();
        assertTokenRefused(Api.at(Clinic.SONRISA).bearer(operator).get(Console.ME));
        assertTokenRefused(Api.at(Clinic.SONRISA).bearer(operator).get(Console.TENANTS));
        // Nor in the clinic API: no clinical data for operators, whatever the host.
        assertTokenRefused(Api.at(Clinic.SONRISA).bearer(operator).get(Patients.PATH));
        // The console host is no clinic: the clinic API is not even there.
        assertProblem(Console.console().bearer(operator).get(Patients.PATH), 404, "unknown-clinic");
    }

    @Test
    void aClinicAdminSeesOnlyTheirOwnClinic() {
        JsonNode me = Console.asAdminOf(Clinic.SONRISA).get(Console.ME).json();
        assertEquals("clinic", me.path("realm").asText());
        String own = me.path("tenantId").asText();
        assertEquals(
                "sonrisa",
                Console.asAdminOf(Clinic.SONRISA)
                        .get(Console.TENANTS + "/" + own)
                        .json()
                        .path("slug")
                        .asText());

        String lumiere = Console.asAdminOf(Clinic.LUMIERE)
                .get(Console.ME)
                .json()
                .path("tenantId")
                .asText();
        assertProblem(Console.asAdminOf(Clinic.SONRISA).get(Console.TENANTS + "/" + lumiere), 404, "not-found");
        assertProblem(Console.asAdminOf(Clinic.SONRISA).get(Console.TENANTS), 403, "forbidden");
        assertProblem(Console.asAdminOf(Clinic.SONRISA).get(Console.AUDIT), 403, "forbidden");
        assertProblem(
                Console.asAdminOf(Clinic.SONRISA)
                        .header("Idempotency-Key", Console.freshKey())
                        .post(Console.TENANTS, Console.signUp(Console.freshSlug("by-admin"))),
                403,
                "forbidden");
    }

    @Test
    void clinicTokensAreGoodOnlyAtTheirOwnClinicsConsole() {
        String sonrisaAdmin = Console.adminToken(Clinic.SONRISA);
        assertTokenRefused(Api.at(Clinic.LUMIERE).bearer(sonrisaAdmin).get(Console.ME));
        assertTokenRefused(Console.console().bearer(sonrisaAdmin).get(Console.ME));
        // The console's token is not a clinic API token, and the clinic API's is not a console token.
        assertTokenRefused(Api.at(Clinic.SONRISA).bearer(sonrisaAdmin).get(Patients.PATH));
        assertTokenRefused(Api.at(Clinic.SONRISA)
                .bearer(Tokens.of(Clinic.SONRISA, User.ADMIN))
                .get(Console.ME));
    }

    @Test
    void onlyClinicAdministratorsGetConsoleTokens() {
        assertProblem(
                Console.token(Clinic.SONRISA.hostName(), User.FRONT_DESK.username(), User.DEMO_PASSWORD),
                401,
                "invalid-credentials");
        assertProblem(Console.token(Console.HOST, Console.OPERATOR, "not-the-password"), 401, "invalid-credentials");
        assertUnauthorized(Console.console().get(Console.ME), "not-authenticated");
    }

    @Test
    void operatorActionsAreInThePlatformAuditTrailWithTheirRequestId() {
        String slug = Console.freshSlug("audited");
        String requestId = "it-" + slug;
        ApiResponse created = Console.asOperator()
                .header("Idempotency-Key", Console.freshKey())
                .header("X-Request-Id", requestId)
                .post(Console.TENANTS, Console.signUp(slug));
        assertEquals(201, created.status(), created::toString);
        String tenant = created.json().path("id").asText();

        JsonNode entries = Console.asOperator()
                .get(Console.AUDIT + "?tenantId=" + tenant)
                .json()
                .path("items");
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.path("action").asText()));
        assertEquals(List.of("tenant.create"), actions, entries::toString);
        JsonNode entry = entries.path(0);
        assertEquals("operator", entry.path("actorKind").asText());
        assertEquals(Console.OPERATOR, entry.path("actor").asText());
        assertEquals(requestId, entry.path("requestId").asText());
        assertTrue(entry.path("clientAddress").asText().startsWith("127.0.0.1"), entry::toString);
        assertEquals(slug, entry.path("detail").path("slug").asText());
        assertProblem(Console.asOperator().get(Console.AUDIT + "?tenantId=nope"), 400, "validation-failed");
    }
}
