package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pagination of GET /api/v1/patients: limits, cursors and walking a whole clinic. */
class PatientPagingIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);

    @Test
    void theDefaultPageHasTwentyPatientsAndACursor() {
        JsonNode page = Patients.search(admin, Map.of()).json();

        // The demo clinic has about fifty patients, so the first page is full.
        assertEquals(20, page.path("limit").asInt());
        assertEquals(20, page.path("items").size());
        assertFalse(page.path("nextCursor").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5"})
    void aLimitOutside1To100IsNamed(String limit) {
        assertInvalidFields(Patients.search(admin, Map.of("limit", limit)), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"14/03/1985", "1985-02-30", "1985-3-14", "yesterday"})
    void aMalformedDateOfBirthIsNamed(String date) {
        assertInvalidFields(Patients.search(admin, Map.of("dateOfBirth", date)), "dateOfBirth");
    }

    @Test
    void badLimitAndDateAreNamedTogether() {
        assertInvalidFields(Patients.search(admin, Map.of("limit", "0", "dateOfBirth", "x")), "limit", "dateOfBirth");
    }

    @Test
    void walkingWithSevenPerPageSeesEveryPatientOnceInNameOrder() {
        JsonNode created = Patients.create(admin, PatientBuilder.aPatient());

        List<JsonNode> bySeven = Patients.searchAll(admin, Map.of(), 7);
        List<String> ids = Patients.ids(bySeven);

        assertEquals(ids.size(), new HashSet<>(ids).size(), "a patient was seen twice");
        assertTrue(ids.contains(created.path("id").asText()), "the new patient was skipped");
        // Walking in large pages must see exactly the same patients in the same order.
        assertEquals(Patients.ids(Patients.searchAll(admin, Map.of(), 100)), ids);
        NameOrder.assertSorted(bySeven);
    }

    @Test
    void aFilteredWalkKeepsItsFilter() {
        String family = "Zz" + PatientBuilder.RUN + "page";
        for (int i = 0; i < 5; i++) {
            Patients.create(admin, PatientBuilder.aPatient().with("familyName", family));
        }

        List<JsonNode> found = Patients.searchAll(admin, Map.of("q", family), 2);

        assertEquals(5, found.size(), found::toString);
        assertTrue(found.stream().allMatch(p -> p.path("familyName").asText().equals(family)));
    }

    @Test
    void theLastPageHasNoCursor() {
        JsonNode page = Patients.search(admin, Map.of("nationalId", DemoPatients.MARIA_NATIONAL_ID, "limit", "1"))
                .json();

        assertEquals(1, page.path("items").size());
        assertTrue(
                page.path("nextCursor").isMissingNode()
                        || page.path("nextCursor").isNull(),
                page::toString);
    }

    @Test
    void aTamperedCursorIsNamed() {
        String cursor = firstCursor(admin);
        char last = cursor.charAt(cursor.length() - 5);
        String tampered = cursor.substring(0, cursor.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + cursor.substring(cursor.length() - 4);

        assertInvalidFields(Patients.search(admin, Map.of("cursor", tampered)), "cursor");
        assertInvalidFields(Patients.search(admin, Map.of("cursor", "not-a-cursor")), "cursor");
        assertInvalidFields(Patients.search(admin, Map.of("cursor", "a.b")), "cursor");
    }

    @Test
    void aCursorBelongsToItsClinic() {
        String cursor = firstCursor(admin);
        Api lumiere = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);

        assertInvalidFields(Patients.search(lumiere, Map.of("cursor", cursor)), "cursor");
    }

    static String firstCursor(Api api) {
        return Patients.search(api, Map.of("limit", "1"))
                .json()
                .path("nextCursor")
                .asText();
    }
}
