package it.com.clinova.api;

import static it.com.clinova.api.DemoPatients.MARIA_BIRTH;
import static it.com.clinova.api.DemoPatients.MARIA_FAMILY;
import static it.com.clinova.api.DemoPatients.MARIA_NATIONAL_ID;
import static it.com.clinova.api.DemoPatients.MARIA_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/patients: each criterion alone and together, against sonrisa's demo patients. */
class PatientSearchIT {

    private final Api frontDesk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);

    @ParameterizedTest
    @ValueSource(strings = {"nunez", "Núñez", "NUÑEZ", "garc", "maria nun", "josé garcía", "nú gar ma"})
    void namesMatchByWordPrefixIgnoringAccentsAndCase(String q) {
        List<JsonNode> found = find(Map.of("q", q));

        assertTrue(found.stream().anyMatch(DemoPatients::isMaria), () -> q + " found " + found);
    }

    @Test
    void aFullNameFindsExactlyThatPatient() {
        List<JsonNode> found = find(Map.of("q", "María José Núñez García"));

        assertEquals(1, found.size(), found::toString);
        assertEquals(MARIA_FAMILY, found.get(0).path("familyName").asText());
    }

    @Test
    void wordsPrefixWordsNotTheMiddleOfThem() {
        assertTrue(find(Map.of("q", "uñez")).stream().noneMatch(DemoPatients::isMaria));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "nu%ez", "\\"})
    void likeWildcardsMatchOnlyThemselves(String q) {
        assertEquals(List.of(), find(Map.of("q", q)));
    }

    @ParameterizedTest
    @ValueSource(strings = {MARIA_PHONE, "612345678", "612 345 678", "+34612345678"})
    void phonesMatchByTheirDigits(String phone) {
        List<JsonNode> found = find(Map.of("phone", phone));

        assertEquals(1, found.size(), () -> phone + " found " + found);
        assertTrue(DemoPatients.isMaria(found.get(0)));
    }

    @Test
    void aDateOfBirthMatchesExactly() {
        List<JsonNode> found = find(Map.of("dateOfBirth", MARIA_BIRTH));

        assertTrue(found.stream().anyMatch(DemoPatients::isMaria), found::toString);
        assertTrue(found.stream().allMatch(p -> p.path("dateOfBirth").asText().equals(MARIA_BIRTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {MARIA_NATIONAL_ID, "12345678z", " 12345678Z "})
    void aNationalIdMatchesExactlyInAnyCase(String nationalId) {
        List<JsonNode> found = find(Map.of("nationalId", nationalId));

        assertEquals(1, found.size(), () -> nationalId + " found " + found);
        assertTrue(DemoPatients.isMaria(found.get(0)));
    }

    @Test
    void everyCriterionMustMatch() {
        assertEquals(
                1,
                find(Map.of("q", "nunez", "dateOfBirth", MARIA_BIRTH, "nationalId", MARIA_NATIONAL_ID))
                        .size());
        assertEquals(List.of(), find(Map.of("q", "nunez", "dateOfBirth", "1985-03-15")));
        assertEquals(List.of(), find(Map.of("nationalId", MARIA_NATIONAL_ID, "phone", "999999")));
    }

    @Test
    void aNewPatientIsFoundByEachCriterion() {
        PatientBuilder patient = PatientBuilder.aPatient();
        JsonNode created = Patients.create(Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN), patient);

        for (Map<String, String> query : List.<Map<String, String>>of(
                Map.of("q", patient.get("familyName")),
                Map.of("q", patient.get("givenName") + " " + patient.get("familyName")),
                Map.of("phone", patient.get("phone")),
                Map.of("nationalId", patient.get("nationalId")),
                Map.of("dateOfBirth", patient.get("dateOfBirth"), "q", patient.get("givenName")))) {
            assertEquals(List.of(created.path("id").asText()), Patients.ids(find(query)), query::toString);
        }
    }

    @Test
    void noMatchIsAnEmptyLastPage() {
        ApiResponse response = Patients.search(frontDesk, Map.of("q", "Zz" + PatientBuilder.RUN + "nobody"));

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.mediaType());
        assertEquals(0, response.json().path("items").size());
        assertTrue(response.json().path("nextCursor").isMissingNode()
                || response.json().path("nextCursor").isNull());
    }

    private List<JsonNode> find(Map<String, String> query) {
        return new ArrayList<>(Patients.searchAll(frontDesk, query, 100));
    }
}
