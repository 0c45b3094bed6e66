package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who may call the patient API: bearer tokens of the host's clinic, and the roles per operation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthenticationIT {

    private final Api sonrisa = Api.at(Clinic.SONRISA);
    private JsonNode patient;

    @BeforeAll
    void registerAPatient() {
        patient = Patients.create(sonrisa.as(Clinic.SONRISA, User.ADMIN), aPatient());
    }

    @Test
    void noTokenIsNotAuthenticated() {
        assertUnauthorized(sonrisa.get(Patients.PATH), "not-authenticated");
        assertUnauthorized(sonrisa.get(Patients.pathOf(patient)), "not-authenticated");
        assertUnauthorized(sonrisa.post(Patients.PATH, aPatient().build()), "not-authenticated");
    }

    @Test
    void anotherSchemeIsNotABearerToken() {
        ApiResponse response = sonrisa.header("Authorization", "Basic YWRtaW46Y2xpbm92YS1kZW1v")
                .get(Patients.PATH);

        assertUnauthorized(response, "not-authenticated");
    }

    @Test
    void garbageIsRefused() {
        assertTokenRefused(sonrisa.bearer("not-a-jwt").get(Patients.PATH));
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = Tokens.of(Clinic.SONRISA, User.ADMIN);

        assertTokenRefused(sonrisa.bearer(ForgedTokens.tampered(token)).get(Patients.PATH));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = Tokens.of(Clinic.SONRISA, User.ADMIN);
        String resigned = ForgedTokens.resign(token, claims -> {});
        String expired = ForgedTokens.resign(
                token,
                claims -> claims.put("exp", Instant.now().minusSeconds(60).getEpochSecond()));

        // The unchanged copy must pass, or the test would only prove we guessed the secret wrong.
        assertEquals(200, sonrisa.bearer(resigned).get(Patients.PATH).status(), "re-signed token refused");
        assertTokenRefused(sonrisa.bearer(expired).get(Patients.PATH));
    }

    @Test
    void aTokenOfAnotherClinicIsRefused() {
        Api withLumiereToken = sonrisa.as(Clinic.LUMIERE, User.ADMIN);

        assertTokenRefused(withLumiereToken.get(Patients.PATH));
        assertTokenRefused(withLumiereToken.get(Patients.pathOf(patient)));
    }

    @Test
    void everyStaffRoleMayReadPatients() {
        for (User user : User.values()) {
            Api api = sonrisa.as(Clinic.SONRISA, user);
            assertEquals(200, api.get(Patients.PATH).status(), user + " searching");
            assertEquals(200, api.get(Patients.pathOf(patient)).status(), user + " reading");
        }
    }

    @Test
    void frontDeskMayRegisterAndChangePatients() {
        Api frontDesk = sonrisa.as(Clinic.SONRISA, User.FRONT_DESK);
        JsonNode created = Patients.create(frontDesk, aPatient());

        ApiResponse changed = frontDesk
                .header("If-Match", "\"" + created.path("version").asLong() + "\"")
                .put(Patients.pathOf(created), aPatient().build());

        assertEquals(200, changed.status(), changed::toString);
    }

    @Test
    void cliniciansAndBillingMayNotRegisterOrChangePatients() {
        for (User user : new User[] {User.CLINICIAN, User.BILLING}) {
            Api api = sonrisa.as(Clinic.SONRISA, user);
            assertProblem(api.post(Patients.PATH, aPatient().build()), 403, "forbidden");
            ApiResponse put = api.header("If-Match", "*")
                    .put(Patients.pathOf(patient), aPatient().build());
            assertProblem(put, 403, "forbidden");
        }
    }
}
