package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;

/**
 * Cross-tenant probes of the records endpoints: clinic B's practitioner (who may write) and admin
 * (who may read) act on what clinic A holds, and every answer is what a never-used id gets, with
 * A's records unchanged afterwards. Merged into {@link CrossTenantProbes#REGISTRY}.
 */
final class RecordsCrossTenantProbes {

    static final Map<String, CrossTenantProbes.Probe> REGISTRY = Map.ofEntries(
            Map.entry("POST /api/v1/encounters", RecordsCrossTenantProbes::openEncounter),
            Map.entry("GET /api/v1/encounters", RecordsCrossTenantProbes::listEncounters),
            Map.entry("GET /api/v1/encounters/{id}", RecordsCrossTenantProbes::readEncounter),
            Map.entry("GET /api/v1/encounters/{encounterId}/notes", RecordsCrossTenantProbes::listNotes),
            Map.entry("POST /api/v1/encounters/{encounterId}/notes", RecordsCrossTenantProbes::draftNote),
            Map.entry("GET /api/v1/encounters/{encounterId}/attachments", RecordsCrossTenantProbes::listAttachments),
            Map.entry("POST /api/v1/encounters/{encounterId}/attachments", RecordsCrossTenantProbes::uploadAttachment),
            Map.entry("GET /api/v1/notes/{id}", RecordsCrossTenantProbes::readNote),
            Map.entry("PUT /api/v1/notes/{id}", RecordsCrossTenantProbes::reviseNote),
            Map.entry("POST /api/v1/notes/{id}/sign", RecordsCrossTenantProbes::signNote),
            Map.entry("POST /api/v1/notes/{id}/amendments", RecordsCrossTenantProbes::amendNote),
            Map.entry("GET /api/v1/attachments/{id}", RecordsCrossTenantProbes::downloadAttachment));

    private RecordsCrossTenantProbes() {}

    private static Api clinicianOfB() {
        return Api.at(TenantPair.B).as(TenantPair.B, User.CLINICIAN);
    }

    private static Api clinicianOfAOnB() {
        return Api.at(TenantPair.B).as(TenantPair.A, User.CLINICIAN);
    }

    static void openEncounter(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        Map<String, String> body =
                Map.of("appointmentId", a.encounter.path("appointmentId").asText());
        assertInvalidFields(clinicianOfB().post(Records.ENCOUNTERS, body), "appointmentId");
        assertTokenRefused(clinicianOfAOnB().post(Records.ENCOUNTERS, body));
        ApiResponse atA = Records.clinician().get(Records.ENCOUNTERS + "?appointmentId=" + body.get("appointmentId"));
        assertEquals(List.of(a.encounter), List.of(atA.json().path("items").get(0)), "A's encounter changed");
        assertEquals(1, atA.json().path("items").size());
    }

    static void listEncounters(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertEquals(
                    0,
                    b.get(Records.ENCOUNTERS + "?patientId=" + a.patientId)
                            .json()
                            .path("items")
                            .size());
            assertEquals(
                    0,
                    b.get(Records.ENCOUNTERS + "?appointmentId="
                                    + a.encounter.path("appointmentId").asText())
                            .json()
                            .path("items")
                            .size());
            assertInvalidFields(
                    b.get(Records.ENCOUNTERS + "?patientId=" + a.patientId + "&cursor=" + a.cursor), "cursor");
        }
        assertTokenRefused(clinicianOfAOnB().get(Records.ENCOUNTERS + "?patientId=" + a.patientId));
    }

    static void readEncounter(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertProblem(b.get(a.encounterPath()), 404, "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().get(a.encounterPath()));
    }

    static void listNotes(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertProblem(b.get(Records.notesOf(a.encounter)), 404, "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().get(Records.notesOf(a.encounter)));
    }

    static void draftNote(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        assertProblem(clinicianOfB().post(Records.notesOf(a.encounter), Records.aNote()), 404, "not-found");
        assertTokenRefused(clinicianOfAOnB().post(Records.notesOf(a.encounter), Records.aNote()));
        a.assertUnchanged();
    }

    static void listAttachments(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertProblem(b.get(Records.attachmentsOf(a.encounter)), 404, "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().get(Records.attachmentsOf(a.encounter)));
    }

    static void uploadAttachment(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        assertProblem(Records.upload(clinicianOfB(), a.encounter, "b.pdf", RecordFiles.pdf(), null), 404, "not-found");
        assertTokenRefused(clinicianOfAOnB()
                .header("Slug", "b.pdf")
                .sendRaw(
                        "POST",
                        Records.attachmentsOf(a.encounter),
                        BodyPublishers.ofByteArray(RecordFiles.pdf()),
                        null));
        a.assertUnchanged();
    }

    static void readNote(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertProblem(b.get(Records.pathOf(a.draft)), 404, "not-found");
            assertProblem(b.get(Records.pathOf(a.signed)), 404, "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().get(Records.pathOf(a.signed)));
    }

    static void reviseNote(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        for (String etag : List.of("*", Records.etagOf(a.draft))) {
            assertProblem(
                    clinicianOfB().header("If-Match", etag).put(Records.pathOf(a.draft), Records.aNote()),
                    404,
                    "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().header("If-Match", "*").put(Records.pathOf(a.draft), Records.aNote()));
        a.assertUnchanged();
    }

    static void signNote(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        JsonNode draft = a.draft;
        assertProblem(
                clinicianOfB()
                        .header("If-Match", Records.etagOf(draft))
                        .send("POST", Records.pathOf(draft) + "/sign", null),
                404,
                "not-found");
        assertTokenRefused(
                clinicianOfAOnB().header("If-Match", "*").send("POST", Records.pathOf(draft) + "/sign", null));
        a.assertUnchanged();
    }

    static void amendNote(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        Map<String, String> correction = Map.of("reason", "B was here", "text", "x");
        assertProblem(clinicianOfB().post(Records.pathOf(a.signed) + "/amendments", correction), 404, "not-found");
        assertTokenRefused(clinicianOfAOnB().post(Records.pathOf(a.signed) + "/amendments", correction));
        a.assertUnchanged();
    }

    static void downloadAttachment(TenantPair pair) {
        RecordsOfA a = RecordsOfA.get();
        String href = a.attachment.path("href").asText();
        for (Api b : List.of(clinicianOfB(), pair.asB)) {
            assertProblem(b.get(href), 404, "not-found");
        }
        assertTokenRefused(clinicianOfAOnB().get(href));
    }
}
