package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One probe per API operation, keyed as the OpenAPI document names it. Each probe acts as clinic B
 * against what clinic A owns and proves B learns and changes nothing; CrossTenantIT fails for any
 * documented operation missing from {@link #REGISTRY}, so a new endpoint cannot ship unprobed.
 */
final class CrossTenantProbes {

    @FunctionalInterface
    interface Probe {
        void run(TenantPair pair);
    }

    static final Map<String, Probe> REGISTRY = merged(
            Map.of(
                    "POST /api/v1/auth/token", CrossTenantProbes::issueToken,
                    "GET /api/v1/patients", CrossTenantProbes::searchPatients,
                    "POST /api/v1/patients", CrossTenantProbes::registerPatient,
                    "GET /api/v1/patients/{id}", CrossTenantProbes::readPatient,
                    "PUT /api/v1/patients/{id}", CrossTenantProbes::updatePatient,
                    "GET /api/v1/audit/events", AuditCrossTenantProbes::queryTrail,
                    "GET /api/v1/audit/events/export", AuditCrossTenantProbes::exportTrail,
                    "GET /api/v1/audit/verification", AuditCrossTenantProbes::verifyTrail),
            PracticeCrossTenantProbes.REGISTRY,
            ReportCrossTenantProbes.REGISTRY,
            BillingProbes.REGISTRY,
            Map.ofEntries(
                    Map.entry("GET /api/v1/availability", SchedulingProbes::availability),
                    Map.entry("POST /api/v1/appointments", SchedulingProbes::book),
                    Map.entry("GET /api/v1/appointments", SchedulingProbes::calendar),
                    Map.entry("GET /api/v1/appointments/{id}", SchedulingProbes::read),
                    Map.entry("POST /api/v1/appointments/{id}/confirm", SchedulingProbes::confirm),
                    Map.entry("POST /api/v1/appointments/{id}/cancel", SchedulingProbes::cancel),
                    Map.entry("POST /api/v1/appointments/{id}/reschedule", SchedulingProbes::reschedule),
                    Map.entry("POST /api/v1/appointments/{id}/check-in", SchedulingProbes::checkIn),
                    Map.entry("POST /api/v1/appointments/{id}/complete", SchedulingProbes::complete),
                    Map.entry("POST /api/v1/appointments/{id}/no-show", SchedulingProbes::noShow)),
            RecordsCrossTenantProbes.REGISTRY,
            BrandingProbes.REGISTRY,
            ConsoleProbes.REGISTRY,
            ConsolePlanProbes.REGISTRY);

    /** One registry from each context's probes; an operation probed twice is a mistake. */
    @SafeVarargs
    private static Map<String, Probe> merged(Map<String, Probe>... parts) {
        Map<String, Probe> all = new java.util.HashMap<>();
        for (Map<String, Probe> part : parts) {
            part.forEach((operation, probe) -> {
                if (all.put(operation, probe) != null) {
                    throw new IllegalStateException("two probes for " + operation);
                }
            });
        }
        return Map.copyOf(all);
    }

    private CrossTenantProbes() {}

    /**
     * The demo clinics have staff with the same usernames and password, so "A's credentials at B"
     * can sign in, but only as B's namesake: the token must be B's, useless at A and blind to A.
     */
    static void issueToken(TenantPair pair) {
        ApiResponse issued = Tokens.request(TenantPair.B.hostName(), "admin", User.DEMO_PASSWORD);
        assertEquals(200, issued.status(), issued::toString);
        String token = issued.json().path("access_token").asText();

        assertTokenRefused(Api.at(TenantPair.A).bearer(token).get(Patients.PATH));
        assertProblem(Api.at(TenantPair.B).bearer(token).get(pair.pathOfA()), 404, "not-found");
        assertProblem(Tokens.request(TenantPair.B.hostName(), "admin", "not-the-password"), 401, "invalid-credentials");
    }

    static void searchPatients(TenantPair pair) {
        PatientBuilder a = pair.patientOfA;
        for (Map<String, String> query : List.<Map<String, String>>of(
                Map.of("q", a.get("givenName") + " " + a.get("familyName")),
                Map.of("phone", a.get("phone")),
                Map.of("nationalId", a.get("nationalId")),
                Map.of("dateOfBirth", a.get("dateOfBirth")),
                Map.of("q", DemoPatients.MARIA_GIVEN + " " + DemoPatients.MARIA_FAMILY),
                Map.of("phone", DemoPatients.MARIA_PHONE),
                Map.of("nationalId", DemoPatients.MARIA_NATIONAL_ID),
                Map.of("dateOfBirth", DemoPatients.MARIA_BIRTH),
                Map.of())) {
            pair.assertBFindsNoneOfA(query);
        }
        assertInvalidFields(Patients.search(pair.asB, Map.of("cursor", pair.cursorOfA)), "cursor");
        assertTokenRefused(pair.tokenOfAOnB.get(Patients.PATH));
        assertTokenRefused(pair.tokenOfBOnA.get(Patients.PATH));
    }

    /** National ids are unique per clinic: B may reuse A's, and A's patient stays A's only one. */
    static void registerPatient(TenantPair pair) {
        String nationalId = pair.patientOfA.get("nationalId");
        JsonNode ofB = Patients.create(pair.asB, PatientBuilder.aPatient().with("nationalId", nationalId));

        assertProblem(pair.asA.get(Patients.pathOf(ofB)), 404, "not-found");
        List<JsonNode> seenByA = Patients.searchAll(pair.asA, Map.of("nationalId", nationalId), 100);
        assertEquals(List.of(pair.createdByA.path("id").asText()), Patients.ids(seenByA));

        PatientBuilder refused = PatientBuilder.aPatient();
        assertTokenRefused(pair.tokenOfAOnB.post(Patients.PATH, refused.build()));
        assertTokenRefused(pair.tokenOfBOnA.post(Patients.PATH, refused.build()));
        assertEquals(
                0,
                Patients.search(pair.asA, Map.of("phone", refused.get("phone")))
                        .json()
                        .path("items")
                        .size());
        assertEquals(
                0,
                Patients.search(pair.asB, Map.of("phone", refused.get("phone")))
                        .json()
                        .path("items")
                        .size());
    }

    /** B gets exactly the answer a never-used id gets, even when it sends A's ETag. */
    static void readPatient(TenantPair pair) {
        String unknownId = UUID.randomUUID().toString();
        JsonNode unknown = assertProblem(pair.asB.get(Patients.PATH + "/" + unknownId), 404, "not-found");
        JsonNode ofA = assertProblem(pair.asB.get(pair.pathOfA()), 404, "not-found");
        assertSameAnswer(unknown, unknownId, ofA, pair.createdByA.path("id").asText());

        String etagOfA = "\"" + pair.createdByA.path("version").asLong() + "\"";
        assertProblem(pair.asB.header("If-None-Match", etagOfA).get(pair.pathOfA()), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.get(pair.pathOfA()));
        assertTokenRefused(pair.tokenOfBOnA.get(pair.pathOfA()));
    }

    static void updatePatient(TenantPair pair) {
        String etagOfA = "\"" + pair.createdByA.path("version").asLong() + "\"";
        Map<String, Object> change = PatientBuilder.aPatient().build();
        for (String etag : List.of("*", etagOfA)) {
            assertProblem(pair.asB.header("If-Match", etag).put(pair.pathOfA(), change), 404, "not-found");
        }
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").put(pair.pathOfA(), change));
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").put(pair.pathOfA(), change));
        pair.assertAPatientUnchanged();
    }

    /** Same problem members, once each answer's own id is blanked out of it. */
    private static void assertSameAnswer(JsonNode expected, String expectedId, JsonNode actual, String actualId) {
        assertEquals(
                expected.toString().replace(expectedId, "{id}").replaceAll("\"requestId\":\"[^\"]*\"", ""),
                actual.toString().replace(actualId, "{id}").replaceAll("\"requestId\":\"[^\"]*\"", ""),
                "another clinic's patient is told apart from a patient that does not exist");
    }
}
