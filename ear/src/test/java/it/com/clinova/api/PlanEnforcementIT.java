package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.Quota;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Plans in the product, at Lumière (plan "clinic"): an operator switches a feature off and the
 * API refuses it with 403 feature-disabled within a second, and serves it again once the override
 * is dropped; a tight practitioner or patient limit warns at 80 % with a header and refuses past
 * it with 403 quota-exceeded naming the limit. Every override is dropped in finally, so the demo
 * clinic keeps its plan for the other tests.
 */
class PlanEnforcementIT {

    private static final String SLUG = "lumiere";
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String PERIOD = "?from=2026-01-01&to=2026-02-01";

    private final PlanAdmin plans = new PlanAdmin();
    private final Api admin = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);
    private final Api clinician = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.CLINICIAN);

    @Test
    void advancedReportsAreRefusedWithinASecondOfBeingSwitchedOffAndTheDayListStays() {
        assertEquals(200, admin.get(ReportsIT.PATH + "/revenue" + PERIOD).status());
        try {
            plans.featureOff(SLUG, Feature.ADVANCED_REPORTS);
            ApiResponse refused = within(() -> admin.get(ReportsIT.PATH + "/revenue" + PERIOD), r -> r.status() == 403);
            JsonNode problem = assertProblem(refused, 403, "feature-disabled");
            assertEquals("advanced-reports", problem.path("feature").asText(), problem::toString);
            for (String report : new String[] {"practitioner-utilisation", "room-utilisation", "no-shows"}) {
                assertProblem(admin.get(ReportsIT.PATH + "/" + report + PERIOD), 403, "feature-disabled");
            }
            // The day list is part of every plan: a missing parameter is its own 400, not a 403.
            assertEquals(400, admin.get(ReportsIT.PATH + "/day-list").status());
        } finally {
            plans.clearFeature(SLUG, Feature.ADVANCED_REPORTS);
        }
        within(() -> admin.get(ReportsIT.PATH + "/revenue" + PERIOD), r -> r.status() == 200);
    }

    @Test
    void attachmentsAreAFeatureOfThePlan() {
        String encounter = "/api/v1/encounters/" + UUID.randomUUID() + "/attachments";
        assertEquals(404, clinician.get(encounter).status());
        try {
            plans.featureOff(SLUG, Feature.RECORD_ATTACHMENTS);
            JsonNode problem = assertProblem(
                    within(() -> clinician.get(encounter), r -> r.status() == 403), 403, "feature-disabled");
            assertEquals("record-attachments", problem.path("feature").asText());
            assertProblem(clinician.get("/api/v1/attachments/" + UUID.randomUUID()), 403, "feature-disabled");
        } finally {
            plans.clearFeature(SLUG, Feature.RECORD_ATTACHMENTS);
        }
        within(() -> clinician.get(encounter), r -> r.status() == 404);
    }

    @Test
    void anAnonymousCallerIsStillToldToAuthenticateFirst() {
        try {
            plans.featureOff(SLUG, Feature.ADVANCED_REPORTS);
            assertEquals(
                    401,
                    Api.at(Clinic.LUMIERE)
                            .get(ReportsIT.PATH + "/revenue" + PERIOD)
                            .status());
        } finally {
            plans.clearFeature(SLUG, Feature.ADVANCED_REPORTS);
        }
    }

    @Test
    void practitionersWarnAtEightyPercentAndStopAtTheLimit() {
        long active = Long.parseLong(
                ClinicDatabase.query(Clinic.LUMIERE, "select count(*) from clinic.practitioner where active")
                        .get(0));
        String created = null;
        try {
            plans.limit(SLUG, Quota.PRACTITIONERS, active + 1);
            ApiResponse first = admin.post(PracticeApi.PRACTITIONERS, PracticeApi.practitioner());
            assertEquals(201, first.status(), first::toString);
            created = first.json().path("id").asText();
            assertEquals(
                    "practitioners; used=" + (active + 1) + "; limit=" + (active + 1),
                    first.header("Clinova-Quota-Warning").orElse("none"));

            JsonNode problem = assertProblem(
                    admin.post(PracticeApi.PRACTITIONERS, PracticeApi.practitioner()), 403, "quota-exceeded");
            assertEquals("practitioners", problem.path("quota").asText());
            assertEquals(Long.toString(active + 1), problem.path("limit").asText());
            assertTrue(problem.path("detail").asText().contains("at most " + (active + 1)), problem::toString);
            assertEquals(
                    active + 1,
                    Long.parseLong(ClinicDatabase.query(
                                    Clinic.LUMIERE, "select count(*) from clinic.practitioner where active")
                            .get(0)),
                    "the refused registration stored nothing");
        } finally {
            plans.clearLimit(SLUG, Quota.PRACTITIONERS);
            if (created != null) {
                ClinicDatabase.update(
                        Clinic.LUMIERE,
                        "update clinic.practitioner set active = false where id = ?",
                        UUID.fromString(created));
            }
        }
        ApiResponse unlimitedAgain = admin.post(PracticeApi.PRACTITIONERS, PracticeApi.practitioner());
        assertEquals(201, unlimitedAgain.status(), "the plan's own limit holds again");
        ClinicDatabase.update(
                Clinic.LUMIERE,
                "update clinic.practitioner set active = false where id = ?",
                UUID.fromString(unlimitedAgain.json().path("id").asText()));
    }

    @Test
    void patientsStopAtTheLimitWithAProblemThatSaysIt() {
        long registered = Long.parseLong(ClinicDatabase.query(Clinic.LUMIERE, "select count(*) from clinic.patient")
                .get(0));
        Api desk = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.FRONT_DESK);
        try {
            plans.limit(SLUG, Quota.ACTIVE_PATIENTS, registered + 2);
            ApiResponse below =
                    desk.post("/api/v1/patients", PatientBuilder.aPatient().build());
            assertEquals(201, below.status(), below::toString);
            // registered + 1 of registered + 2 is above 80 % for any demo clinic of 50 or more.
            assertEquals(
                    "active-patients; used=" + (registered + 1) + "; limit=" + (registered + 2),
                    below.header("Clinova-Quota-Warning").orElse("none"));
            assertEquals(
                    201,
                    desk.post("/api/v1/patients", PatientBuilder.aPatient().build())
                            .status());
            JsonNode problem = assertProblem(
                    desk.post("/api/v1/patients", PatientBuilder.aPatient().build()), 403, "quota-exceeded");
            assertEquals("active-patients", problem.path("quota").asText());
            assertEquals(Long.toString(registered + 2), problem.path("limit").asText());
        } finally {
            plans.clearLimit(SLUG, Quota.ACTIVE_PATIENTS);
        }
        ApiResponse again =
                desk.post("/api/v1/patients", PatientBuilder.aPatient().build());
        assertEquals(201, again.status());
        assertTrue(again.header("Clinova-Quota-Warning").isEmpty(), again.headers()::toString);
    }

    @Test
    void aClinicsOverrideNeverTouchesAnotherClinic() {
        Api sonrisa = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
        try {
            plans.featureOff(SLUG, Feature.ADVANCED_REPORTS);
            within(() -> admin.get(ReportsIT.PATH + "/revenue" + PERIOD), r -> r.status() == 403);
            assertEquals(200, sonrisa.get(ReportsIT.PATH + "/revenue" + PERIOD).status());
        } finally {
            plans.clearFeature(SLUG, Feature.ADVANCED_REPORTS);
        }
    }

    /** Asks until {@code done} holds, for at most a second; fails with the last answer otherwise. */
    static ApiResponse within(Supplier<ApiResponse> request, Predicate<ApiResponse> done) {
        Instant deadline = Instant.now().plus(WITHIN);
        ApiResponse last;
        do {
            last = request.get();
            if (done.test(last)) {
                return last;
            }
        } while (Instant.now().isBefore(deadline));
        assertNotEquals(null, last);
        throw new AssertionError("Not within " + WITHIN + ": " + last);
    }
}
