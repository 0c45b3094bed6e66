package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Host header names the clinic; hosts that name none get a 404 and reach nothing. */
class UnknownClinicIT {

    @Test
    void theApiOfAnUnknownHostIsAnUnknownClinicProblem() {
        assertProblem(Api.at(Clinic.NOBODY).get(Patients.PATH), 404, "unknown-clinic");
    }

    @Test
    void aValidTokenDoesNotOpenAnUnknownHost() {
        Api withToken = Api.at(Clinic.NOBODY).as(Clinic.SONRISA, User.ADMIN);

        assertProblem(withToken.get(Patients.PATH), 404, "unknown-clinic");
        assertProblem(withToken.post(Patients.PATH, PatientBuilder.aPatient().build()), 404, "unknown-clinic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app/patients.xhtml", "/login.xhtml", "/branding/logo"})
    void aPortalPageOfAnUnknownHostIsAnHtml404(String path) {
        ApiResponse response = Api.at(Clinic.NOBODY).get(path);

        assertEquals(404, response.status(), response::toString);
        assertEquals("text/html", response.mediaType(), response::toString);
        assertTrue(response.body().contains("No clinic is served at this address"), response::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extra.sonrisa.localhost", "sonrisa.localhost.evil.test", "localhost", "127.0.0.1"})
    void onlyExactlyOneLabelBeforeTheBaseDomainNamesAClinic(String host) {
        assertProblem(Api.at(host).get(Patients.PATH), 404, "unknown-clinic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SONRISA.LOCALHOST", "sonrisa.localhost.", Clinic.SONRISA_CUSTOM_DOMAIN})
    void hostNamesAreNormalisedAndCustomDomainsResolve(String host) {
        ApiResponse response =
                Patients.search(Api.at(host).as(Clinic.SONRISA, User.ADMIN), Map.of("nationalId", "12345678Z"));

        assertEquals(200, response.status(), response::toString);
        assertEquals(1, response.json().path("items").size(), response::toString);
    }

    @Test
    void anotherTenantHeaderDoesNotChooseTheClinic() {
        // Only the Host header names the clinic; a header a client may freely set must not.
        Api api = Api.at(Clinic.SONRISA)
                .as(Clinic.SONRISA, User.ADMIN)
                .header("X-Tenant", "lumiere")
                .header("X-Forwarded-Host", Clinic.LUMIERE.hostName());

        ApiResponse response = Patients.search(api, Map.of("nationalId", DemoPatients.MARIA_NATIONAL_ID));

        assertEquals(1, response.json().path("items").size(), response::toString);
    }
}
