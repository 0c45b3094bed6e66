package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's plan API on a clinic of its own (created here by the operator on the Clinic plan
 * with the sample practice, so it has one practitioner): the catalog, the sheet with usage, plan
 * changes and overrides with their reasons in the platform audit trail, every error path, and
 * the clinic's administrator reading but never changing.
 */
class ConsolePlansIT {

    private static final String PASSWORD = "a-long-password-1";
    private static String slug;
    private static String tenant;

    @BeforeAll
    static void createClinic() {
        slug = Console.freshSlug("plans");
        ApiResponse created = Console.asOperator()
                .header("Idempotency-Key", Console.freshKey())
                .post(Console.TENANTS, Console.signUp(slug));
        assertEquals(201, created.status(), created::toString);
        tenant = created.json().path("id").asText();
    }

    private static String path(String suffix) {
        return Console.TENANTS + "/" + tenant + "/entitlements" + suffix;
    }

    private static Api asItsAdmin() {
        return Api.at(slug + ".localhost")
                .bearer(Console.accessToken(slug + ".localhost", "owner@" + slug + ".example", PASSWORD));
    }

    private static JsonNode feature(JsonNode sheet, String code) {
        for (JsonNode f : sheet.path("features")) {
            if (f.path("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + code + " in " + sheet);
    }

    private static JsonNode quota(JsonNode sheet, String code) {
        for (JsonNode q : sheet.path("quotas")) {
            if (q.path("code").asText().equals(code)) {
                return q;
            }
        }
        throw new AssertionError("no quota " + code + " in " + sheet);
    }

    /** The settings of a sheet without its usage: plan, each feature's state and each quota's limit. */
    static String settings(JsonNode sheet) {
        List<String> parts = new ArrayList<>();
        parts.add(sheet.path("planCode").asText());
        sheet.path("features")
                .forEach(f -> parts.add(f.path("code").asText() + "="
                        + f.path("enabled").asBoolean() + "/" + f.path("source").asText()));
        sheet.path("quotas")
                .forEach(q -> parts.add(q.path("code").asText() + "="
                        + q.path("limit").asText() + q.path("unlimited").asBoolean() + "/"
                        + q.path("source").asText()));
        return String.join(",", parts);
    }

    private static JsonNode newestAudit(String action) {
        for (JsonNode e : Console.asOperator()
                .get(Console.AUDIT + "?tenantId=" + tenant)
                .json()
                .path("items")) {
            if (e.path("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " for " + tenant);
    }

    @Test
    void operatorsListThePlansWithFeaturesAndLimits() {
        JsonNode plans = Console.asOperator().get(Console.API + "/plans").json().path("items");
        assertEquals(List.of("starter", "clinic", "enterprise"), codes(plans));
        JsonNode starter = plans.get(0);
        assertFalse(starter.path("features").toString().contains("advanced-reports"), starter::toString);
        assertEquals(2, starter.path("quotas").path("practitioners").asInt(), starter::toString);
        assertTrue(plans.get(2).path("unlimited").toString().contains("practitioners"), plans::toString);
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.path("code").asText()));
        return codes;
    }

    @Test
    void theSheetShowsEveryFeatureAndQuotaWithItsSourceAndUsage() {
        JsonNode sheet = Console.asOperator().get(path("")).json();
        assertEquals(tenant, sheet.path("tenantId").asText());
        assertEquals("clinic", sheet.path("planCode").asText());
        assertEquals(6, sheet.path("features").size(), sheet::toString);
        assertEquals(5, sheet.path("quotas").size(), sheet::toString);
        JsonNode records = feature(sheet, "record-attachments");
        assertTrue(records.path("enabled").asBoolean());
        assertEquals("plan", records.path("source").asText());
        JsonNode practitioners = quota(sheet, "practitioners");
        assertEquals(15, practitioners.path("limit").asInt());
        assertEquals(1, practitioners.path("used").asInt(), practitioners::toString);
        assertEquals(6, practitioners.path("percent").asInt(), practitioners::toString);
        assertFalse(practitioners.path("nearLimit").asBoolean());
        assertTrue(quota(sheet, "storage-bytes").path("used").isMissingNode(), sheet::toString);
    }

    @Test
    void aFeatureOverrideHoldsWithItsReasonAndIsAuditedBeforeAndAfter() {
        JsonNode off = Console.asOperator()
                .put(path("/features/fhir-api"), Map.of("enabled", true, "reason", "pilot of the FHIR API"))
                .json();
        JsonNode fhir = feature(off, "fhir-api");
        assertTrue(fhir.path("enabled").asBoolean(), off::toString);
        assertFalse(fhir.path("inPlan").asBoolean());
        assertEquals("override", fhir.path("source").asText());
        assertEquals(
                "pilot of the FHIR API", fhir.path("override").path("reason").asText());
        assertEquals("operator", fhir.path("override").path("setBy").asText());

        JsonNode entry = newestAudit("tenant.feature.override");
        assertEquals("operator", entry.path("actor").asText());
        assertEquals("fhir-api", entry.path("detail").path("feature").asText());
        assertEquals("off (plan)", entry.path("detail").path("before").asText());
        assertEquals("on (override)", entry.path("detail").path("after").asText());
        assertEquals(
                "pilot of the FHIR API", entry.path("detail").path("reason").asText());

        assertInvalidFields(Console.asOperator().send("DELETE", path("/features/fhir-api"), null), "reason");
        JsonNode cleared = Console.asOperator()
                .send("DELETE", path("/features/fhir-api?reason=pilot%20over"), null)
                .json();
        assertEquals("plan", feature(cleared, "fhir-api").path("source").asText());
        assertFalse(feature(cleared, "fhir-api").path("enabled").asBoolean());
        JsonNode clearing = newestAudit("tenant.feature.override-clear");
        assertEquals("on (override)", clearing.path("detail").path("before").asText());
        assertEquals("pilot over", clearing.path("detail").path("reason").asText());
    }

    @Test
    void aQuotaOverrideShowsTheWarningAndTheLimitReached() {
        JsonNode tight = Console.asOperator()
                .put(path("/quotas/practitioners"), Map.of("limit", 1, "reason", "one chair only"))
                .json();
        JsonNode practitioners = quota(tight, "practitioners");
        assertEquals(1, practitioners.path("limit").asInt());
        assertEquals(100, practitioners.path("percent").asInt());
        assertTrue(practitioners.path("nearLimit").asBoolean());
        assertTrue(practitioners.path("reached").asBoolean());
        assertEquals(15, practitioners.path("planLimit").asInt());
        assertEquals(
                "1 (override)",
                newestAudit("tenant.quota.override")
                        .path("detail")
                        .path("after")
                        .asText());

        JsonNode lifted = Console.asOperator()
                .put(path("/quotas/practitioners"), Map.of("unlimited", true, "reason", "a large group now"))
                .json();
        assertTrue(quota(lifted, "practitioners").path("unlimited").asBoolean(), lifted::toString);

        JsonNode back = Console.asOperator()
                .send("DELETE", path("/quotas/practitioners?reason=back%20to%20the%20plan"), null)
                .json();
        assertEquals("plan", quota(back, "practitioners").path("source").asText());
        assertEquals(15, quota(back, "practitioners").path("limit").asInt());
    }

    @Test
    void changingThePlanIsAudited() {
        String otherSlug = Console.freshSlug("plan-move");
        ApiResponse created = Console.asOperator()
                .header("Idempotency-Key", Console.freshKey())
                .post(Console.TENANTS, Console.signUp(otherSlug));
        String other = created.json().path("id").asText();
        String plan = Console.TENANTS + "/" + other + "/entitlements/plan";
        JsonNode moved = Console.asOperator()
                .put(plan, Map.of("planCode", "starter", "reason", "downgrade asked by the clinic"))
                .json();
        assertEquals("starter", moved.path("planCode").asText(), moved::toString);
        assertFalse(feature(moved, "advanced-reports").path("enabled").asBoolean());
        assertEquals(
                "starter",
                Console.asOperator()
                        .get(Console.TENANTS + "/" + other)
                        .json()
                        .path("planCode")
                        .asText());
        JsonNode entry = Console.asOperator()
                .get(Console.AUDIT + "?tenantId=" + other)
                .json()
                .path("items")
                .get(0);
        assertEquals("tenant.plan.change", entry.path("action").asText());
        assertEquals("clinic", entry.path("detail").path("before").asText());
        assertEquals("starter", entry.path("detail").path("after").asText());
        assertEquals(
                "downgrade asked by the clinic",
                entry.path("detail").path("reason").asText());
    }

    @Test
    void badChangesAreProblemsAndChangeNothing() {
        String before = settings(Console.asOperator().get(path("")).json());
        Api operator = Console.asOperator();
        assertInvalidFields(operator.put(path("/plan"), Map.of("planCode", "platinum", "reason", "x")), "planCode");
        assertInvalidFields(operator.put(path("/plan"), Map.of("planCode", "starter")), "reason");
        assertInvalidFields(
                operator.put(path("/features/advanced-reports"), Map.of("enabled", false, "reason", " ")), "reason");
        assertInvalidFields(operator.put(path("/features/advanced-reports"), Map.of("reason", "no state")), "enabled");
        assertInvalidFields(operator.put(path("/quotas/practitioners"), Map.of("limit", -1, "reason", "x")), "limit");
        assertInvalidFields(
                operator.put(path("/quotas/practitioners"), Map.of("limit", 3, "unlimited", true, "reason", "x")),
                "limit");
        assertInvalidFields(operator.put(path("/quotas/practitioners"), Map.of("reason", "x")), "limit");
        assertInvalidFields(operator.put(path("/quotas/practitioners"), Map.of("limit", 3)), "reason");
        assertInvalidFields(operator.send("DELETE", path("/quotas/practitioners"), null), "reason");
        assertInvalidFields(operator.put(path("/features/advanced-reports"), "{}"), "enabled");

        JsonNode unknownFeature = assertProblem(
                operator.put(path("/features/teleportation"), Map.of("enabled", true, "reason", "x")),
                404,
                "unknown-feature");
        assertEquals("teleportation", unknownFeature.path("feature").asText());
        assertProblem(operator.send("DELETE", path("/features/teleportation?reason=x"), null), 404, "unknown-feature");
        JsonNode unknownQuota = assertProblem(
                operator.put(path("/quotas/chairs"), Map.of("limit", 1, "reason", "x")), 404, "unknown-quota");
        assertEquals("chairs", unknownQuota.path("quota").asText());
        assertProblem(operator.send("DELETE", path("/quotas/chairs?reason=x"), null), 404, "unknown-quota");
        assertProblem(operator.send("PUT", path("/plan"), "{not json"), 400, "malformed-request");

        String nobody = Console.TENANTS + "/" + UUID.randomUUID() + "/entitlements";
        assertProblem(operator.get(nobody), 404, "not-found");
        assertProblem(operator.get(Console.TENANTS + "/not-a-uuid/entitlements"), 404, "not-found");
        assertProblem(operator.put(nobody + "/plan", Map.of("planCode", "starter", "reason", "x")), 404, "not-found");
        assertProblem(
                operator.put(nobody + "/features/fhir-api", Map.of("enabled", true, "reason", "x")), 404, "not-found");
        assertProblem(operator.send("DELETE", nobody + "/quotas/practitioners?reason=x", null), 404, "not-found");

        assertEquals(before, settings(Console.asOperator().get(path("")).json()));
    }

    @Test
    void theClinicsAdministratorReadsTheirPlanButChangesNothing() {
        Api admin = asItsAdmin();
        JsonNode own = admin.get(path("")).json();
        assertEquals("clinic", own.path("planCode").asText(), own::toString);
        assertNotNull(quota(own, "practitioners").path("used"));
        String before = settings(own);

        assertProblem(admin.put(path("/plan"), Map.of("planCode", "enterprise", "reason", "x")), 403, "forbidden");
        assertProblem(admin.put(path("/features/fhir-api"), Map.of("enabled", true, "reason", "x")), 403, "forbidden");
        assertProblem(admin.send("DELETE", path("/features/fhir-api?reason=x"), null), 403, "forbidden");
        assertProblem(admin.put(path("/quotas/practitioners"), Map.of("limit", 99, "reason", "x")), 403, "forbidden");
        assertProblem(admin.send("DELETE", path("/quotas/practitioners?reason=x"), null), 403, "forbidden");
        assertProblem(admin.get(Console.API + "/plans"), 403, "forbidden");
        assertEquals(before, settings(Console.asOperator().get(path("")).json()));
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        assertUnauthorized(Console.console().get(path("")), "not-authenticated");
        assertUnauthorized(Console.console().get(Console.API + "/plans"), "not-authenticated");
        assertUnauthorized(
                Console.console().put(path("/plan"), Map.of("planCode", "starter", "reason", "x")),
                "not-authenticated");
    }
}
