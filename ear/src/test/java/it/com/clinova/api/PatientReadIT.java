package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET /api/v1/patients/{id}: the patient, its ETag, conditional reads and not found. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientReadIT {

    private final Api clinician = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.CLINICIAN);
    private JsonNode patient;

    @BeforeAll
    void registerAPatient() {
        patient = Patients.createAndRead(Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN), aPatient());
    }

    @Test
    void readsThePatientWithItsETag() {
        ApiResponse response = clinician.get(Patients.pathOf(patient));

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.mediaType());
        assertEquals(etag(), response.header("ETag").orElse(""));
        assertEquals(patient, response.json());
    }

    @Test
    void anUnchangedPatientIsNotSentAgain() {
        ApiResponse response = clinician.header("If-None-Match", etag()).get(Patients.pathOf(patient));

        assertEquals(304, response.status(), response::toString);
        assertEquals("", response.body());
        // RFC 9110 15.4.5: a 304 repeats the ETag a 200 would have sent.
        assertEquals(etag(), response.header("ETag").orElse(""), "ETag of the 304");
    }

    @Test
    void anOutdatedETagGetsThePatient() {
        ApiResponse response = clinician.header("If-None-Match", "\"999999\"").get(Patients.pathOf(patient));

        assertEquals(200, response.status(), response::toString);
    }

    @Test
    void anUnknownIdIsNotFound() {
        JsonNode problem = assertProblem(clinician.get(Patients.PATH + "/" + UUID.randomUUID()), 404, "not-found");

        assertTrue(problem.path("instance").asText().startsWith(Patients.PATH + "/"), problem::toString);
    }

    @Test
    void aMalformedIdIsNotFound() {
        assertProblem(clinician.get(Patients.PATH + "/not-an-id"), 404, "not-found");
        assertProblem(clinician.get(Patients.PATH + "/" + patient.path("id").asText() + "x"), 404, "not-found");
    }

    @Test
    void anUnknownApiPathIsAProblemToo() {
        assertProblem(clinician.get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void onlyJsonIsOffered() {
        ApiResponse response = clinician.header("Accept", "application/xml").get(Patients.pathOf(patient));

        assertProblem(response, 406, "not-acceptable");
    }

    private String etag() {
        return "\"" + patient.path("version").asLong() + "\"";
    }
}
