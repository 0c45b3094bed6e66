package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Treatment notes through the API: drafts only their author revises and signs, at the version
 * they read; a signed note never changes (409 note-signed); corrections are amendments that leave
 * the original as it was; every refusal is a problem.
 */
class NoteApiIT {

    private final Api clinician = Records.clinician();
    private final Api colleague = Records.as(User.HYGIENIST);

    @Test
    void aPractitionerStartsADraftInTheEncounter() {
        JsonNode encounter = Records.openEncounter();
        Map<String, Object> body = Records.aNote();
        body.put("diagnosisCode", " k02.1 ");

        ApiResponse created = clinician.post(Records.notesOf(encounter), body);

        assertEquals(201, created.status(), created::toString);
        JsonNode note = created.json();
        assertEquals("draft", note.path("status").asText());
        assertEquals("K02.1", note.path("diagnosisCode").asText());
        assertEquals("Dra. Elena Vidal", note.path("authorName").asText());
        assertTrue(
                Appointments.isAbsent(note.path("integrity")) && Appointments.isAbsent(note.path("contentHash")),
                note::toString);
        assertEquals(Records.etagOf(note), created.header("ETag").orElseThrow());
        assertTrue(created.header("Location").orElseThrow().endsWith(Records.pathOf(note)));
        assertEquals(note, clinician.get(Records.pathOf(note)).json());
    }

    @Test
    void aNoteSaysSomethingAndEveryBrokenRuleIsNamed() {
        JsonNode encounter = Records.openEncounter();

        assertInvalidFields(clinician.post(Records.notesOf(encounter), Map.of("text", "   ")), "content");
        Map<String, Object> bad = Records.aNote();
        bad.put("chiefComplaint", "x".repeat(501));
        bad.put("diagnosis", null);
        bad.put("findings", "bell \u0007");
        assertInvalidFields(
                clinician.post(Records.notesOf(encounter), bad), "chiefComplaint", "findings", "diagnosisCode");
        assertInvalidFields(clinician.send("POST", Records.notesOf(encounter), "null"), "body");
        assertEquals(
                0,
                clinician.get(Records.notesOf(encounter)).json().path("items").size());
    }

    @Test
    void draftsAreWrittenByPractitionersInEncountersOfThisClinic() {
        JsonNode encounter = Records.openEncounter();
        for (User user : List.of(User.ADMIN, User.FRONT_DESK, User.BILLING)) {
            assertProblem(Records.as(user).post(Records.notesOf(encounter), Records.aNote()), 403, "forbidden");
        }
        assertProblem(
                clinician.post(Records.ENCOUNTERS + "/" + UUID.randomUUID() + "/notes", Records.aNote()),
                404,
                "not-found");
        assertProblem(clinician.post(Records.ENCOUNTERS + "/nope/notes", Records.aNote()), 404, "not-found");
    }

    @Test
    void theAuthorRevisesTheirDraftAtTheVersionTheyRead() {
        JsonNode draft = Records.draft(clinician, Records.openEncounter(), Records.aNote());
        Map<String, Object> changed = Records.aNote();
        changed.put("plan", "Endodoncia en 36");

        ApiResponse revised =
                clinician.header("If-Match", Records.etagOf(draft)).put(Records.pathOf(draft), changed);

        assertEquals(200, revised.status(), revised::toString);
        assertEquals("Endodoncia en 36", revised.json().path("plan").asText());
        assertEquals(
                draft.path("version").asLong() + 1,
                revised.json().path("version").asLong());
        assertProblem(
                clinician.header("If-Match", Records.etagOf(draft)).put(Records.pathOf(draft), changed),
                412,
                "stale-version");
        assertProblem(clinician.put(Records.pathOf(draft), changed), 428, "precondition-required");
    }

    @Test
    void onlyTheAuthorRevisesOrSignsADraft() {
        JsonNode draft = Records.draft(clinician, Records.openEncounter(), Records.aNote());

        assertProblem(
                colleague.header("If-Match", Records.etagOf(draft)).put(Records.pathOf(draft), Records.aNote()),
                403,
                "not-note-author");
        assertProblem(
                colleague.header("If-Match", Records.etagOf(draft)).send("POST", Records.pathOf(draft) + "/sign", null),
                403,
                "not-note-author");
        assertProblem(
                Records.as(User.ADMIN)
                        .header("If-Match", Records.etagOf(draft))
                        .send("POST", Records.pathOf(draft) + "/sign", null),
                403,
                "forbidden");
        assertEquals(draft, clinician.get(Records.pathOf(draft)).json());
    }

    @Test
    void signingSealsTheNoteAndItNeverChangesAgain() {
        JsonNode draft = Records.draft(clinician, Records.openEncounter(), Records.aNote());
        assertProblem(clinician.send("POST", Records.pathOf(draft) + "/sign", null), 428, "precondition-required");
        assertProblem(
                clinician.header("If-Match", "\"999\"").send("POST", Records.pathOf(draft) + "/sign", null),
                412,
                "stale-version");

        JsonNode signed = Records.sign(clinician, draft);

        assertEquals("signed", signed.path("status").asText());
        assertTrue(signed.path("contentHash").asText().matches("[0-9a-f]{64}"), signed::toString);
        assertEquals("intact", signed.path("integrity").asText());
        assertTrue(!Appointments.isAbsent(signed.path("signedAt")), signed::toString);
        Map<String, Object> changed = Records.aNote();
        changed.put("findings", "Sin hallazgos");
        for (Api anyone : List.of(clinician, colleague)) {
            assertProblem(
                    anyone.header("If-Match", Records.etagOf(signed)).put(Records.pathOf(signed), changed),
                    409,
                    "note-signed");
            assertProblem(
                    anyone.header("If-Match", "*").send("POST", Records.pathOf(signed) + "/sign", null),
                    409,
                    "note-signed");
        }
        assertEquals(signed, clinician.get(Records.pathOf(signed)).json());
    }

    @Test
    void anAmendmentCorrectsASignedNoteWhichStaysAsItWas() {
        JsonNode signed = Records.signedNote();

        ApiResponse added = colleague.post(
                Records.pathOf(signed) + "/amendments",
                Map.of("reason", "Pieza equivocada", "findings", "Caries oclusal profunda en 46"));

        assertEquals(201, added.status(), added::toString);
        JsonNode amendment = added.json();
        assertEquals(signed.path("id").asText(), amendment.path("amends").asText());
        assertEquals("signed", amendment.path("status").asText());
        assertEquals("intact", amendment.path("integrity").asText());
        assertTrue(added.header("Location").orElseThrow().endsWith(Records.pathOf(amendment)));
        JsonNode original = clinician.get(Records.pathOf(signed)).json();
        assertEquals(signed.path("findings"), original.path("findings"));
        assertEquals(signed.path("contentHash"), original.path("contentHash"));
        assertEquals(List.of(amendment), List.copyOf(toList(original.path("amendments"))));
        JsonNode listed = clinician
                .get(Records.ENCOUNTERS + "/" + signed.path("encounterId").asText() + "/notes")
                .json();
        assertEquals(1, listed.path("items").size(), listed::toString);
        assertEquals(original, listed.path("items").get(0));
    }

    @Test
    void onlySignedNotesAreAmendedAndAnAmendmentSaysWhy() {
        JsonNode encounter = Records.openEncounter();
        JsonNode draft = Records.draft(clinician, encounter, Records.aNote());
        Map<String, Object> correction = Map.of("reason", "Error", "text", "Corrección");

        assertProblem(clinician.post(Records.pathOf(draft) + "/amendments", correction), 409, "amendment-not-allowed");
        JsonNode signed = Records.sign(clinician, draft);
        JsonNode amendment = clinician
                .post(Records.pathOf(signed) + "/amendments", correction)
                .json();
        assertProblem(
                clinician.post(Records.pathOf(amendment) + "/amendments", correction), 409, "amendment-not-allowed");
        assertInvalidFields(clinician.post(Records.pathOf(signed) + "/amendments", Map.of("text", "x")), "reason");
        assertInvalidFields(clinician.post(Records.pathOf(signed) + "/amendments", Map.of("reason", "x")), "content");
        assertProblem(
                Records.as(User.ADMIN).post(Records.pathOf(signed) + "/amendments", correction), 403, "forbidden");
        assertProblem(
                clinician.post(Records.NOTES + "/" + UUID.randomUUID() + "/amendments", correction), 404, "not-found");
    }

    @Test
    void clinicalRolesReadNotesOthersAreRefused() {
        JsonNode signed = Records.signedNote();

        assertEquals(200, Records.as(User.ADMIN).get(Records.pathOf(signed)).status());
        assertProblem(Records.as(User.FRONT_DESK).get(Records.pathOf(signed)), 403, "forbidden");
        assertProblem(Records.as(User.BILLING).get(Records.pathOf(signed)), 403, "forbidden");
        assertProblem(
                Records.as(User.BILLING)
                        .get(Records.ENCOUNTERS + "/"
                                + signed.path("encounterId").asText() + "/notes"),
                403,
                "forbidden");
        assertProblem(clinician.get(Records.NOTES + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(clinician.get(Records.ENCOUNTERS + "/" + UUID.randomUUID() + "/notes"), 404, "not-found");
    }

    /** What the owner role could do by switching the guard trigger off: the seal shows it. */
    @Test
    void aChangeMadeBehindTheDatabasesBackIsVisibleAsAltered() {
        JsonNode signed = Records.signedNote();
        UUID id = UUID.fromString(signed.path("id").asText());

        AuditRows.asOwner(
                Visits.CLINIC,
                "do $$ begin"
                        + " alter table clinic.treatment_note disable trigger treatment_note_guard;"
                        + " update clinic.treatment_note set findings = 'Sin hallazgos' where id = '" + id + "';"
                        + " alter table clinic.treatment_note enable trigger treatment_note_guard;"
                        + " end $$");

        JsonNode read = clinician.get(Records.pathOf(signed)).json();
        assertEquals("Sin hallazgos", read.path("findings").asText());
        assertEquals("altered", read.path("integrity").asText());
        assertEquals(signed.path("contentHash"), read.path("contentHash"));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
