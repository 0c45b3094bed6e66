package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/patients/{id}: optimistic concurrency through If-Match, validation, not found. */
class PatientUpdateIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);

    @Test
    void replacesThePatientAndAdvancesTheETag() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());
        PatientBuilder change = aPatient();

        ApiResponse response = ifMatch(etagOf(patient)).put(Patients.pathOf(patient), change.build());

        assertEquals(200, response.status(), response::toString);
        long version = response.json().path("version").asLong();
        assertEquals(patient.path("version").asLong() + 1, version);
        assertEquals("\"" + version + "\"", response.header("ETag").orElse(""));
        JsonNode reread = admin.get(Patients.pathOf(patient)).json();
        assertEquals(change.get("familyName"), reread.path("familyName").asText());
        assertEquals(change.get("phone"), reread.path("phone").asText());
    }

    @Test
    void withoutIfMatchPreconditionIsRequired() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        assertProblem(admin.put(Patients.pathOf(patient), aPatient().build()), 428, "precondition-required");
        assertUnchanged(patient);
    }

    @Test
    void theAnswerToAnUpdateIsWhatIsStored() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        ApiResponse updated = ifMatch(etagOf(patient))
                .put(Patients.pathOf(patient), aPatient().build());

        // Same ETag, so it must be the same representation, updatedAt included.
        ApiResponse read = admin.get(Patients.pathOf(patient));
        assertEquals(updated.header("ETag"), read.header("ETag"));
        assertEquals(updated.json(), read.json());
    }

    @Test
    void aStaleETagIsRefusedAndChangesNothing() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());
        ifMatch(etagOf(patient)).put(Patients.pathOf(patient), aPatient().build());
        JsonNode changed = admin.get(Patients.pathOf(patient)).json();

        // A second writer still holding the first version must not overwrite the change.
        ApiResponse lost = ifMatch(etagOf(patient))
                .put(Patients.pathOf(patient), aPatient().build());

        assertProblem(lost, 412, "stale-version");
        assertUnchanged(changed);
    }

    @Test
    void anETagWeNeverIssuedIsStale() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        assertProblem(
                ifMatch("\"banana\"").put(Patients.pathOf(patient), aPatient().build()), 412, "stale-version");
    }

    @Test
    void aMalformedIfMatchIsNamed() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        assertInvalidFields(
                ifMatch("7").put(Patients.pathOf(patient), aPatient().build()), "If-Match");
        assertUnchanged(patient);
    }

    @Test
    void aWildcardIfMatchReplacesWhateverIsCurrent() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        ApiResponse response =
                ifMatch("*").put(Patients.pathOf(patient), aPatient().build());

        assertEquals(200, response.status(), response::toString);
    }

    @Test
    void invalidDetailsAreNamedAndChangeNothing() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());
        PatientBuilder invalid = aPatient().with("familyName", "").with("email", "nope");

        assertInvalidFields(
                ifMatch(etagOf(patient)).put(Patients.pathOf(patient), invalid.build()), "familyName", "email");
        assertUnchanged(patient);
    }

    @Test
    void aNullBodyIsNamed() {
        JsonNode patient = Patients.createAndRead(admin, aPatient());

        assertInvalidFields(ifMatch(etagOf(patient)).send("PUT", Patients.pathOf(patient), "null"), "body");
        assertUnchanged(patient);
    }

    @Test
    void takingAnotherPatientsNationalIdIsAConflict() {
        PatientBuilder first = aPatient();
        Patients.create(admin, first);
        JsonNode second = Patients.createAndRead(admin, aPatient());
        PatientBuilder clash = aPatient().with("nationalId", first.get("nationalId"));

        assertProblem(ifMatch(etagOf(second)).put(Patients.pathOf(second), clash.build()), 409, "conflict");
        assertUnchanged(second);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        Api any = ifMatch("*");

        assertProblem(
                any.put(Patients.PATH + "/" + UUID.randomUUID(), aPatient().build()), 404, "not-found");
        assertProblem(any.put(Patients.PATH + "/not-an-id", aPatient().build()), 404, "not-found");
    }

    @Test
    void aCollectionCannotBeReplaced() {
        ApiResponse response = ifMatch("*").put(Patients.PATH, aPatient().build());

        assertProblem(response, 405, "method-not-allowed");
    }

    private Api ifMatch(String etag) {
        return admin.header("If-Match", etag);
    }

    private static String etagOf(JsonNode patient) {
        return "\"" + patient.path("version").asLong() + "\"";
    }

    private void assertUnchanged(JsonNode patient) {
        assertEquals(patient, admin.get(Patients.pathOf(patient)).json(), "the patient changed");
    }
}
