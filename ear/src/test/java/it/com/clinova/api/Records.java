package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The records endpoints, for tests whose subject is something else (fixtures, probes). */
final class Records {

    static final String ENCOUNTERS = "/api/v1/encounters";
    static final String NOTES = "/api/v1/notes";
    static final String ATTACHMENTS = "/api/v1/attachments";

    private Records() {}

    static Api clinician() {
        return Api.at(Visits.CLINIC).as(Visits.CLINIC, User.CLINICIAN);
    }

    static Api as(User user) {
        return Api.at(Visits.CLINIC).as(Visits.CLINIC, user);
    }

    /** The encounter of a fresh checked-in appointment, opened by the demo clinician. */
    static JsonNode openEncounter() {
        return open(Visits.checkedIn());
    }

    static JsonNode open(JsonNode appointment) {
        ApiResponse opened = clinician()
                .post(ENCOUNTERS, Map.of("appointmentId", appointment.path("id").asText()));
        assertEquals(201, opened.status(), opened::toString);
        return opened.json();
    }

    static String notesOf(JsonNode encounter) {
        return ENCOUNTERS + "/" + encounter.path("id").asText() + "/notes";
    }

    static String attachmentsOf(JsonNode encounter) {
        return ENCOUNTERS + "/" + encounter.path("id").asText() + "/attachments";
    }

    static String pathOf(JsonNode note) {
        return NOTES + "/" + note.path("id").asText();
    }

    static String etagOf(JsonNode note) {
        return "\"" + note.path("version").asLong() + "\"";
    }

    /** A complete, valid note body; change fields with {@link Map#put} on the copy. */
    static Map<String, Object> aNote() {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("chiefComplaint", "Dolor al masticar en el lado izquierdo");
        note.put("findings", "Caries oclusal profunda en 36");
        note.put("diagnosis", "Caries de dentina");
        note.put("diagnosisCode", "K02.1");
        note.put("procedures", "Obturación de composite en 36");
        note.put("plan", "Revisión en 6 meses");
        note.put("text", "Paciente colaborador.");
        return note;
    }

    static JsonNode draft(Api api, JsonNode encounter, Map<String, Object> note) {
        ApiResponse created = api.post(notesOf(encounter), note);
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    static JsonNode sign(Api api, JsonNode note) {
        ApiResponse signed = api.header("If-Match", etagOf(note)).send("POST", pathOf(note) + "/sign", null);
        assertEquals(200, signed.status(), signed::toString);
        return signed.json();
    }

    /** A note of a fresh encounter, signed by the demo clinician. */
    static JsonNode signedNote() {
        return sign(clinician(), draft(clinician(), openEncounter(), aNote()));
    }

    static ApiResponse upload(Api api, JsonNode encounter, String fileName, byte[] content, String contentType) {
        Api named = fileName == null
                ? api
                : api.header(
                        "Slug",
                        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return named.sendRaw("POST", attachmentsOf(encounter), BodyPublishers.ofByteArray(content), contentType);
    }
}
