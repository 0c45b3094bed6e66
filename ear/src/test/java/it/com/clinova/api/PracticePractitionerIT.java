package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.PRACTITIONERS;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Practitioners: registered, linked to and unlinked from staff accounts, changed; every error path. */
class PracticePractitionerIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void anAdminRegistersAPractitionerWithoutAnAccount() {
        Map<String, Object> body = PracticeApi.practitioner();
        ApiResponse created = admin.post(PRACTITIONERS, body);

        assertEquals(201, created.status(), created::toString);
        JsonNode practitioner = created.json();
        String path = PRACTITIONERS + "/" + practitioner.path("id").asText();
        assertTrue(created.header("Location").orElse("").endsWith(path), created::toString);
        assertEquals("#1d4ed8", practitioner.path("colour").asText(), "colours are stored lower case");
        assertTrue(practitioner.path("userId").isMissingNode(), practitioner::toString);
        assertEquals(practitioner, PracticeApi.read(billing, path));
    }

    @Test
    void aStaffAccountIsLinkedToOnePractitionerAtMost() {
        String account = DemoPractice.userId(Clinic.SONRISA, "billing");
        releaseAccount(account);
        Map<String, Object> body = PracticeApi.practitioner();
        body.put("userId", account);
        JsonNode linked = PracticeApi.create(admin, PRACTITIONERS, body);
        try {
            assertEquals(account, linked.path("userId").asText());
            Map<String, Object> another = PracticeApi.practitioner();
            another.put("userId", account);
            JsonNode problem = assertProblem(admin.post(PRACTITIONERS, another), 409, "conflict");
            assertTrue(problem.path("detail").asText().contains("linked"), problem::toString);
            Map<String, Object> clinicianAgain = PracticeApi.practitioner();
            clinicianAgain.put("userId", DemoPractice.userId(Clinic.SONRISA, "clinician"));
            assertProblem(admin.post(PRACTITIONERS, clinicianAgain), 409, "conflict");
        } finally {
            releaseAccount(account);
        }
        JsonNode unlinked =
                PracticeApi.read(admin, PRACTITIONERS + "/" + linked.path("id").asText());
        assertTrue(unlinked.path("userId").isMissingNode(), unlinked::toString);
    }

    @Test
    void onlyAccountsOfThisClinicCanBeLinked() {
        Map<String, Object> body = PracticeApi.practitioner();
        body.put("userId", DemoPractice.userId(Clinic.LUMIERE, "admin"));
        assertInvalidFields(admin.post(PRACTITIONERS, body), "userId");
        body.put("userId", UUID.randomUUID().toString());
        assertInvalidFields(admin.post(PRACTITIONERS, body), "userId");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "");
        body.put("colour", "blue");
        body.put("specialty", "y".repeat(121));
        body.put("userId", "not-an-id");

        assertInvalidFields(admin.post(PRACTITIONERS, body), "displayName", "colour", "specialty", "userId");
        body.put("userId", UUID.randomUUID().toString());
        assertInvalidFields(admin.post(PRACTITIONERS, body), "displayName", "colour", "specialty", "userId");
    }

    @Test
    void changesNeedTheCurrentETagAndCanDeactivate() {
        JsonNode practitioner = PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner());
        String path = PRACTITIONERS + "/" + practitioner.path("id").asText();
        Map<String, Object> change = PracticeApi.practitioner();
        change.put("active", false);

        assertProblem(admin.put(path, change), 428, "precondition-required");
        assertProblem(admin.header("If-Match", "\"42\"").put(path, change), 412, "stale-version");
        ApiResponse changed =
                admin.header("If-Match", PracticeApi.etag(practitioner)).put(path, change);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(
                change.get("displayName"), changed.json().path("displayName").asText());
        assertFalse(changed.json().path("active").asBoolean());
        assertEquals(
                304,
                billing.header("If-None-Match", PracticeApi.etag(changed.json()))
                        .get(path)
                        .status());
    }

    @Test
    void unknownPractitionersAreNotFound() {
        assertProblem(billing.get(PRACTITIONERS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(billing.get(PRACTITIONERS + "/123"), 404, "not-found");
        assertProblem(
                admin.header("If-Match", "*").put(PRACTITIONERS + "/" + UUID.randomUUID(), PracticeApi.practitioner()),
                404,
                "not-found");
    }

    @Test
    void theListIsPagedByDisplayName() {
        PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner());
        JsonNode first = PracticeApi.read(billing, PRACTITIONERS + "?limit=1");
        assertEquals(1, first.path("items").size());
        List<JsonNode> all = PracticeApi.all(billing, PRACTITIONERS);
        assertTrue(all.size() >= 5, () -> "demo practitioners and this test's: " + all.size());
        assertInvalidFields(billing.get(PRACTITIONERS + "?limit=abc"), "limit");
    }

    @Test
    void onlyAdminsRegisterOrChangePractitioners() {
        JsonNode practitioner = PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner());
        String path = PRACTITIONERS + "/" + practitioner.path("id").asText();
        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN, User.BILLING)) {
            Api staff = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user);
            assertProblem(staff.post(PRACTITIONERS, PracticeApi.practitioner()), 403, "forbidden");
            assertProblem(staff.header("If-Match", "*").put(path, PracticeApi.practitioner()), 403, "forbidden");
        }
        assertEquals(practitioner, PracticeApi.read(billing, path));
    }

    /** Unlinks the account from whichever practitioner holds it, so each run starts free. */
    private void releaseAccount(String account) {
        for (JsonNode p : PracticeApi.all(admin, PRACTITIONERS)) {
            if (account.equals(p.path("userId").asText())) {
                Map<String, Object> unlink = new HashMap<>();
                unlink.put("displayName", p.path("displayName").asText());
                unlink.put(
                        "specialty",
                        p.path("specialty").isMissingNode()
                                ? null
                                : p.path("specialty").asText());
                unlink.put("userId", null);
                unlink.put("active", p.path("active").asBoolean());
                ApiResponse released = admin.header("If-Match", PracticeApi.etag(p))
                        .put(PRACTITIONERS + "/" + p.path("id").asText(), unlink);
                assertEquals(200, released.status(), released::toString);
            }
        }
    }
}
