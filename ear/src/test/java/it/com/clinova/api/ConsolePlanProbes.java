package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

/**
 * Cross-tenant probes of the console's plan operations. Clinic B's administrator, at B's host,
 * finds clinic A's plan exactly like an unknown clinic's (404), changes nothing of A's, may not
 * change B's own either (403), and may not list the operator's catalog; the operator's token is
 * worth nothing at B's host.
 */
final class ConsolePlanProbes {

    static final Map<String, CrossTenantProbes.Probe> REGISTRY = Map.of(
            "GET /admin/api/v1/plans", ConsolePlanProbes::plans,
            "GET /admin/api/v1/tenants/{id}/entitlements", ConsolePlanProbes::read,
            "PUT /admin/api/v1/tenants/{id}/entitlements/plan", ConsolePlanProbes::changePlan,
            "PUT /admin/api/v1/tenants/{id}/entitlements/features/{feature}", ConsolePlanProbes::overrideFeature,
            "DELETE /admin/api/v1/tenants/{id}/entitlements/features/{feature}", ConsolePlanProbes::clearFeature,
            "PUT /admin/api/v1/tenants/{id}/entitlements/quotas/{quota}", ConsolePlanProbes::overrideQuota,
            "DELETE /admin/api/v1/tenants/{id}/entitlements/quotas/{quota}", ConsolePlanProbes::clearQuota);

    private ConsolePlanProbes() {}

    private static Api asB() {
        return Console.asAdminOf(TenantPair.B);
    }

    private static String idOf(Clinic clinic) {
        return Console.asAdminOf(clinic).get(Console.ME).json().path("tenantId").asText();
    }

    private static String entitlements(String id) {
        return Console.TENANTS + "/" + id + "/entitlements";
    }

    /** A's plan, features and limits as they are now (usage left out: other tests may add patients). */
    private static String sheetOfA() {
        return ConsolePlansIT.settings(
                Console.asOperator().get(entitlements(idOf(TenantPair.A))).json());
    }

    /** The call on A's id and on an unknown id answer alike (404); B's own is a 403; A's is unchanged. */
    private static void refused(String method, String suffix, Object body) {
        String before = sheetOfA();
        var ofA = assertProblem(send(method, entitlements(idOf(TenantPair.A)) + suffix, body), 404, "not-found");
        var none = assertProblem(
                send(method, entitlements(UUID.randomUUID().toString()) + suffix, body), 404, "not-found");
        assertEquals(none.path("title").asText(), ofA.path("title").asText());
        assertProblem(send(method, entitlements(idOf(TenantPair.B)) + suffix, body), 403, "forbidden");
        assertTokenRefused(Api.at(TenantPair.B)
                .bearer(Console.operatorToken())
                .send(method, entitlements(idOf(TenantPair.B)) + suffix, json(body)));
        assertEquals(before, sheetOfA());
    }

    private static ApiResponse send(String method, String path, Object body) {
        return asB().send(method, path, json(body));
    }

    private static String json(Object body) {
        try {
            return body == null ? null : ApiResponse.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void plans(TenantPair pair) {
        assertProblem(asB().get(Console.API + "/plans"), 403, "forbidden");
    }

    static void read(TenantPair pair) {
        var ofA = assertProblem(asB().get(entitlements(idOf(TenantPair.A))), 404, "not-found");
        var none = assertProblem(asB().get(entitlements(UUID.randomUUID().toString())), 404, "not-found");
        assertEquals(none.path("title").asText(), ofA.path("title").asText());
        assertEquals(200, asB().get(entitlements(idOf(TenantPair.B))).status());
    }

    static void changePlan(TenantPair pair) {
        refused("PUT", "/plan", Map.of("planCode", "starter", "reason", "probe"));
    }

    static void overrideFeature(TenantPair pair) {
        refused("PUT", "/features/advanced-reports", Map.of("enabled", false, "reason", "probe"));
    }

    static void clearFeature(TenantPair pair) {
        refused("DELETE", "/features/advanced-reports?reason=probe", null);
    }

    static void overrideQuota(TenantPair pair) {
        refused("PUT", "/quotas/practitioners", Map.of("limit", 0, "reason", "probe"));
    }

    static void clearQuota(TenantPair pair) {
        refused("DELETE", "/quotas/practitioners?reason=probe", null);
    }
}
