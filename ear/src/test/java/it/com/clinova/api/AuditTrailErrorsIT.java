package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit endpoints refuse everyone but clinic administrators, and name every bad criterion. */
class AuditTrailErrorsIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private static final List<String> PATHS = List.of(AuditApi.EVENTS, AuditApi.EXPORT, AuditApi.VERIFICATION);
    private final Api admin = Api.at(CLINIC).as(CLINIC, User.ADMIN);

    @Test
    void onlyClinicAdministratorsMayReadTheTrail() {
        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN, User.BILLING)) {
            Api staff = Api.at(CLINIC).as(CLINIC, user);
            for (String path : PATHS) {
                assertProblem(staff.get(path), 403, "forbidden");
            }
        }
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        for (String path : PATHS) {
            assertUnauthorized(Api.at(CLINIC).get(path), "not-authenticated");
        }
    }

    @Test
    void everyBadCriterionIsNamedAtOnce() {
        Map<String, String> bad = Map.of(
                "patientId", "not-a-patient",
                "action", "peek",
                "from", "yesterday",
                "to", "2026-13-01T00:00:00Z",
                "limit", "0");
        assertInvalidFields(AuditApi.events(admin, bad), "patientId", "action", "from", "to", "limit");
        assertInvalidFields(AuditApi.export(admin, Map.of("patientId", "x", "action", "peek")), "patientId", "action");
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        Map<String, String> backwards = Map.of("from", "2026-11-23T10:00:00Z", "to", "2026-11-23T09:00:00+00:00");
        assertInvalidFields(AuditApi.events(admin, backwards), "to");
        assertInvalidFields(AuditApi.export(admin, backwards), "to");
    }

    @Test
    void aLimitBeyondTheMaximumIsNamed() {
        assertInvalidFields(AuditApi.events(admin, Map.of("limit", "201")), "limit");
        assertInvalidFields(AuditApi.events(admin, Map.of("limit", "ten")), "limit");
    }

    @Test
    void onlyCursorsOfTheTrailAreAccepted() {
        String patientCursor = PatientPagingIT.firstCursor(admin);
        assertInvalidFields(AuditApi.events(admin, Map.of("cursor", patientCursor)), "cursor");
        assertInvalidFields(AuditApi.events(admin, Map.of("cursor", "forged.cursor")), "cursor");

        String trailCursor = AuditApi.events(admin, Map.of("limit", "1"))
                .json()
                .path("nextCursor")
                .asText();
        assertInvalidFields(Patients.search(admin, Map.of("cursor", trailCursor)), "cursor");
    }

    @Test
    void theTrailCannotBeWrittenThroughTheApi() {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertProblem(
                    admin.send(method, AuditApi.EVENTS, method.equals("DELETE") ? null : "{}"),
                    405,
                    "method-not-allowed");
        }
    }
}
