package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

/**
 * Cross-tenant probes of the console API (issue 4). Clinic B's administrator, at B's host, must
 * learn nothing of clinic A and change nothing: A's id reads like an unknown id, operator-only
 * operations are refused, and tokens of A's console or of the operator do not work at B.
 */
final class ConsoleProbes {

    static final Map<String, CrossTenantProbes.Probe> REGISTRY = Map.of(
            "POST /admin/api/v1/auth/token", ConsoleProbes::issueToken,
            "GET /admin/api/v1/me", ConsoleProbes::me,
            "POST /admin/api/v1/signups", ConsoleProbes::signUp,
            "GET /admin/api/v1/signups/slug-availability", ConsoleProbes::slugAvailability,
            "GET /admin/api/v1/tenants", ConsoleProbes::listTenants,
            "POST /admin/api/v1/tenants", ConsoleProbes::createTenant,
            "GET /admin/api/v1/tenants/{id}", ConsoleProbes::readTenant,
            "GET /admin/api/v1/audit-events", ConsoleProbes::auditEvents);

    private ConsoleProbes() {}

    private static Api asB() {
        return Console.asAdminOf(TenantPair.B);
    }

    private static String idOfA() {
        return Console.asAdminOf(TenantPair.A)
                .get(Console.ME)
                .json()
                .path("tenantId")
                .asText();
    }

    static void issueToken(TenantPair pair) {
        String ofB = Console.accessToken(TenantPair.B.hostName(), User.ADMIN.username(), User.DEMO_PASSWORD);
        assertTokenRefused(Api.at(TenantPair.A).bearer(ofB).get(Console.ME));
        assertTokenRefused(
                Api.at(TenantPair.B).bearer(Console.adminToken(TenantPair.A)).get(Console.ME));
    }

    static void me(TenantPair pair) {
        String b = asB().get(Console.ME).json().path("tenantId").asText();
        assertEquals(false, b.equals(idOfA()));
        assertTokenRefused(
                Api.at(TenantPair.A).bearer(Console.adminToken(TenantPair.B)).get(Console.ME));
    }

    static void signUp(TenantPair pair) {
        String slug = Console.freshSlug("probe");
        assertProblem(
                Api.at(TenantPair.B)
                        .header("Idempotency-Key", Console.freshKey())
                        .post(Console.SIGNUPS, Console.signUp(slug)),
                404,
                "not-found");
        assertEquals(
                java.util.List.of("0"),
                ConsoleSignUpIT.owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    static void slugAvailability(TenantPair pair) {
        assertProblem(Api.at(TenantPair.B).get(Console.SIGNUPS + "/slug-availability?slug=sonrisa"), 404, "not-found");
    }

    static void listTenants(TenantPair pair) {
        assertProblem(asB().get(Console.TENANTS), 403, "forbidden");
    }

    static void createTenant(TenantPair pair) {
        String slug = Console.freshSlug("probe");
        assertProblem(
                asB().header("Idempotency-Key", Console.freshKey()).post(Console.TENANTS, Console.signUp(slug)),
                403,
                "forbidden");
        assertTokenRefused(Api.at(TenantPair.B)
                .bearer(Console.operatorToken())
                .header("Idempotency-Key", Console.freshKey())
                .post(Console.TENANTS, Console.signUp(slug)));
        assertEquals(
                java.util.List.of("0"),
                ConsoleSignUpIT.owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    /** A's id at B reads exactly like an id that does not exist. */
    static void readTenant(TenantPair pair) {
        var ofA = assertProblem(asB().get(Console.TENANTS + "/" + idOfA()), 404, "not-found");
        String unknown = UUID.randomUUID().toString();
        var none = assertProblem(asB().get(Console.TENANTS + "/" + unknown), 404, "not-found");
        assertEquals(
                none.path("title").asText() + none.path("status").asInt(),
                ofA.path("title").asText() + ofA.path("status").asInt());
    }

    static void auditEvents(TenantPair pair) {
        assertProblem(asB().get(Console.AUDIT + "?tenantId=" + idOfA()), 403, "forbidden");
    }
}
