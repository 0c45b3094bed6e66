package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/patients: registration, validation and the per-clinic national id rule. */
class PatientRegistrationIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);

    @Test
    void registersAPatientWithLocationAndETag() {
        PatientBuilder patient = aPatient();
        ApiResponse response = admin.post(Patients.PATH, patient.build());

        assertEquals(201, response.status(), response::toString);
        assertEquals("application/json", response.mediaType());
        JsonNode body = response.json();
        String id = body.path("id").asText();
        assertTrue(response.header("Location").orElse("").endsWith(Patients.PATH + "/" + id), response::toString);
        assertEquals(
                "\"" + body.path("version").asLong() + "\"",
                response.header("ETag").orElse(""));
        for (String field : List.of("givenName", "familyName", "dateOfBirth", "sex", "phone", "email", "address")) {
            assertEquals(patient.get(field), body.path(field).asText(), field);
        }
    }

    @Test
    void theLocationServesThePatient() {
        ApiResponse created = admin.post(Patients.PATH, aPatient().build());
        String location = created.header("Location").orElseThrow();

        ApiResponse read = admin.get(location.substring(location.indexOf(Patients.PATH)));

        assertEquals(200, read.status(), read::toString);
        assertEquals(created.json().path("id"), read.json().path("id"));
        assertEquals(created.header("ETag"), read.header("ETag"));
    }

    @Test
    void theAnswerToARegistrationIsWhatIsStored() {
        ApiResponse created = admin.post(Patients.PATH, aPatient().build());

        ApiResponse read = admin.get(Patients.pathOf(created.json()));

        // Same ETag, so it must be the same representation, timestamps included.
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals(created.json(), read.json());
    }

    @Test
    void nationalIdsAreKeptInUpperCase() {
        PatientBuilder patient = aPatient();

        JsonNode body = Patients.create(
                admin, patient.with("nationalId", patient.get("nationalId").toLowerCase(Locale.ROOT)));

        assertEquals(
                patient.get("nationalId").toUpperCase(Locale.ROOT),
                body.path("nationalId").asText());
    }

    @Test
    void onlyNamesAreRequired() {
        Map<String, Object> minimal = Map.of("givenName", "Ana", "familyName", "Zz" + PatientBuilder.RUN + "min");

        assertEquals(201, admin.post(Patients.PATH, minimal).status());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        PatientBuilder patient = aPatient()
                .with("givenName", " ")
                .without("familyName")
                .with("dateOfBirth", "14/03/1985")
                .with("sex", "robot")
                .with("phone", "call me")
                .with("email", "nope")
                .with("nationalId", "??");

        // A form must be able to mark every wrong field after one round trip.
        assertInvalidFields(
                admin.post(Patients.PATH, patient.build()),
                "givenName",
                "familyName",
                "dateOfBirth",
                "sex",
                "phone",
                "email",
                "nationalId");
    }

    @Test
    void domainRulesAreNamedFieldByField() {
        PatientBuilder patient =
                aPatient().with("givenName", "").with("email", "nope").with("nationalId", "??");

        assertInvalidFields(admin.post(Patients.PATH, patient.build()), "givenName", "email", "nationalId");
        assertNotRegistered(patient);
    }

    @Test
    void unparseableDatesAndSexesAreNamed() {
        assertInvalidFields(
                admin.post(
                        Patients.PATH,
                        aPatient().with("dateOfBirth", "1985-02-30").build()),
                "dateOfBirth");
        assertInvalidFields(
                admin.post(Patients.PATH, aPatient().with("sex", "robot").build()), "sex");
    }

    @Test
    void birthDatesAreBetween1900AndToday() {
        String tomorrow = LocalDate.now().plusDays(2).toString();

        assertInvalidFields(
                admin.post(
                        Patients.PATH, aPatient().with("dateOfBirth", tomorrow).build()),
                "dateOfBirth");
        assertInvalidFields(
                admin.post(
                        Patients.PATH,
                        aPatient().with("dateOfBirth", "1899-12-31").build()),
                "dateOfBirth");
    }

    @Test
    void overlongTextIsNamed() {
        PatientBuilder patient = aPatient().with("familyName", "x".repeat(101)).with("notes", "n".repeat(2001));

        assertInvalidFields(admin.post(Patients.PATH, patient.build()), "familyName", "notes");
    }

    @Test
    void aNullBodyIsNamed() {
        assertInvalidFields(admin.send("POST", Patients.PATH, "null"), "body");
    }

    @Test
    void anEmptyBodyIsAMalformedRequest() {
        assertProblem(admin.send("POST", Patients.PATH, ""), 400, "malformed-request");
    }

    @Test
    void malformedJsonIsAMalformedRequest() {
        assertProblem(admin.send("POST", Patients.PATH, "{\"givenName\": "), 400, "malformed-request");
    }

    @Test
    void aNationalIdIsUniqueWithinAClinic() {
        PatientBuilder first = aPatient();
        Patients.create(admin, first);
        PatientBuilder second =
                aPatient().with("nationalId", first.get("nationalId").toLowerCase(Locale.ROOT));

        assertProblem(admin.post(Patients.PATH, second.build()), 409, "conflict");
        assertNotRegistered(second);
    }

    @Test
    void anotherClinicMayUseTheSameNationalId() {
        PatientBuilder here = aPatient();
        Patients.create(admin, here);
        Api lumiere = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);

        ApiResponse there = lumiere.post(
                Patients.PATH,
                aPatient().with("nationalId", here.get("nationalId")).build());

        assertEquals(201, there.status(), there::toString);
    }

    /** Bad input changes nothing: the patient's phone number, unique to it, finds no one. */
    private void assertNotRegistered(PatientBuilder patient) {
        ApiResponse found = Patients.search(admin, Map.of("phone", patient.get("phone")));

        assertEquals(0, found.json().path("items").size(), () -> "a rejected patient was stored: " + found);
    }
}
