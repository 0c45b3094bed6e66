package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invariant 9 for clinical records: a scripted clinician session leaves exactly one audit row per
 * access — open, write, read, sign, amend, list, upload, download — each naming the object and the
 * patient; a refused request (a signed note changed again) leaves none.
 */
class RecordsAuditIT {

    private final List<String> requestIds = new ArrayList<>();

    @Test
    void everyRecordsAccessIsOneRowNamingObjectAndPatient() {
        JsonNode appointment = Visits.checkedIn();
        String patient = appointment.path("patientId").asText();

        JsonNode encounter = call(
                "POST",
                Records.ENCOUNTERS,
                Map.of("appointmentId", appointment.path("id").asText()),
                201);
        String e = encounter.path("id").asText();
        call("GET", Records.ENCOUNTERS + "/" + e, null, 200);
        call("GET", Records.ENCOUNTERS + "?patientId=" + patient, null, 200);
        JsonNode draft = call("POST", Records.notesOf(encounter), Records.aNote(), 201);
        String n = draft.path("id").asText();
        JsonNode revised = withIfMatch(Records.etagOf(draft), "PUT", Records.pathOf(draft), Records.aNote(), 200);
        JsonNode signed = withIfMatch(Records.etagOf(revised), "POST", Records.pathOf(draft) + "/sign", null, 200);
        withIfMatch(Records.etagOf(signed), "POST", Records.pathOf(draft) + "/sign", null, 409);
        JsonNode amendment = call(
                "POST", Records.pathOf(draft) + "/amendments", Map.of("reason", "Pieza", "text", "46, no 36"), 201);
        call("GET", Records.pathOf(draft), null, 200);
        call("GET", Records.notesOf(encounter), null, 200);
        JsonNode file = upload(encounter);
        call("GET", Records.attachmentsOf(encounter), null, 200);
        download(file.path("href").asText());

        List<String> rows = AuditRows.ofRequests(Visits.CLINIC, requestIds).stream()
                .map(r -> r.action() + " " + r.objectType() + " " + r.objectId() + " " + r.patientIds() + " "
                        + r.actorUsername())
                .toList();

        String a = amendment.path("id").asText();
        String f = file.path("id").asText();
        assertEquals(
                List.of(
                        "create encounter " + e + " " + patient + " clinician",
                        "read encounter " + e + " " + patient + " clinician",
                        "search encounter null " + patient + " clinician",
                        "create clinical_note " + n + " " + patient + " clinician",
                        "update clinical_note " + n + " " + patient + " clinician",
                        "update clinical_note " + n + " " + patient + " clinician",
                        "create clinical_note " + a + " " + patient + " clinician",
                        "read clinical_note " + n + " " + patient + " clinician",
                        "search clinical_note null " + patient + " clinician",
                        "create attachment " + f + " " + patient + " clinician",
                        "search attachment null " + patient + " clinician",
                        "export attachment " + f + " " + patient + " clinician"),
                rows);
    }

    private JsonNode call(String method, String path, Object body, int status) {
        return check(Records.clinician().header("X-Request-Id", next()), method, path, body, status);
    }

    private JsonNode withIfMatch(String etag, String method, String path, Object body, int status) {
        return check(
                Records.clinician().header("X-Request-Id", next()).header("If-Match", etag),
                method,
                path,
                body,
                status);
    }

    private static JsonNode check(Api api, String method, String path, Object body, int status) {
        ApiResponse response = body == null
                ? api.send(method, path, null)
                : switch (method) {
                    case "PUT" -> api.put(path, body);
                    default -> api.post(path, body);
                };
        assertEquals(status, response.status(), () -> method + " " + path + ": " + response);
        return response.json();
    }

    private JsonNode upload(JsonNode encounter) {
        ApiResponse uploaded = Records.clinician()
                .header("X-Request-Id", next())
                .header("Slug", "informe.pdf")
                .sendRaw("POST", Records.attachmentsOf(encounter), BodyPublishers.ofByteArray(RecordFiles.pdf()), null);
        assertEquals(201, uploaded.status(), uploaded::toString);
        return uploaded.json();
    }

    private void download(String href) {
        assertEquals(
                200,
                Records.clinician()
                        .header("X-Request-Id", next())
                        .download(href)
                        .status());
    }

    private String next() {
        String id = "records-audit-" + System.nanoTime() + "-" + requestIds.size();
        requestIds.add(id);
        return id;
    }
}
