package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Clinic A's records for the cross-tenant probes, made once per run: a patient with two
 * encounters (so A holds a paging cursor of their history), a draft and a signed note, and an
 * attachment — each read back as A sees it, the baseline for "B changed nothing".
 */
final class RecordsOfA {

    private static RecordsOfA instance;

    final JsonNode encounter;
    final JsonNode draft;
    final JsonNode signed;
    final JsonNode attachment;
    final String patientId;
    final String cursor;

    private RecordsOfA() {
        Api clinician = Records.clinician();
        encounter = Records.openEncounter();
        patientId = encounter.path("patientId").asText();
        Records.open(Visits.checkedInFor(patientId));
        draft = Records.draft(clinician, encounter, Records.aNote());
        signed = Records.sign(clinician, Records.draft(clinician, encounter, Records.aNote()));
        attachment = Records.upload(clinician, encounter, "a.pdf", RecordFiles.pdf(), null)
                .json();
        cursor = clinician
                .get(Records.ENCOUNTERS + "?patientId=" + patientId + "&limit=1")
                .json()
                .path("nextCursor")
                .asText();
    }

    static synchronized RecordsOfA get() {
        if (instance == null) {
            assertEquals(Clinic.SONRISA, TenantPair.A, "A's records are made at sonrisa");
            instance = new RecordsOfA();
        }
        return instance;
    }

    String encounterPath() {
        return Records.ENCOUNTERS + "/" + encounter.path("id").asText();
    }

    /** A still sees the encounter's notes and attachments exactly as they were made. */
    void assertUnchanged() {
        Api clinician = Records.clinician();
        assertEquals(
                Map.of(
                        "draft",
                        clinician.get(Records.pathOf(draft)).json(),
                        "signed",
                        clinician.get(Records.pathOf(signed)).json()),
                Map.of("draft", draft, "signed", signed),
                "B changed A's notes");
        assertEquals(
                2,
                clinician.get(Records.notesOf(encounter)).json().path("items").size(),
                "B added a note at A");
        JsonNode files = clinician.get(Records.attachmentsOf(encounter)).json().path("items");
        assertEquals(1, files.size(), "B added an attachment at A");
        assertEquals(attachment, files.get(0));
    }
}
