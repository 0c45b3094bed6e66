package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world of the cross-tenant probes: clinic A (sonrisa) owns the objects, clinic B (lumiere)
 * attacks them with a user holding every role. Built once per test class: A's patient, the ids of
 * all of A's patients (to recognise any of them in B's answers) and a cursor A was given.
 */
final class TenantPair {

    static final Clinic A = Clinic.SONRISA;
    static final Clinic B = Clinic.LUMIERE;

    final Api asA = Api.at(A).as(A, User.ADMIN);
    final Api asB = Api.at(B).as(B, User.ADMIN);
    /** A's token presented at B's host, and B's at A's: both must authenticate nobody. */
    final Api tokenOfAOnB = Api.at(B).as(A, User.ADMIN);

    final Api tokenOfBOnA = Api.at(A).as(B, User.ADMIN);

    final PatientBuilder patientOfA = PatientBuilder.aPatient();
    final JsonNode createdByA;
    final Set<String> idsOfA;
    final String cursorOfA;

    TenantPair() {
        createdByA = Patients.createAndRead(asA, patientOfA);
        idsOfA = Set.copyOf(Patients.ids(Patients.searchAll(asA, Map.of(), 100)));
        cursorOfA = PatientPagingIT.firstCursor(asA);
        assertTrue(idsOfA.contains(createdByA.path("id").asText()), "A cannot see its own patient");
    }

    String pathOfA() {
        return Patients.pathOf(createdByA);
    }

    /** B's search with these criteria, all pages: it must not contain a single patient of A. */
    void assertBFindsNoneOfA(Map<String, String> query) {
        List<JsonNode> found = Patients.searchAll(asB, query, 100);
        List<String> leaked =
                Patients.ids(found).stream().filter(idsOfA::contains).toList();
        assertEquals(List.of(), leaked, () -> "B's search " + query + " returned A's patients");
    }

    /** A still sees its patient exactly as it was created. */
    void assertAPatientUnchanged() {
        ApiResponse read = asA.get(pathOfA());
        assertEquals(200, read.status(), read::toString);
        assertEquals(createdByA, read.json(), "B changed A's patient");
    }
}
