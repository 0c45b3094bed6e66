package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/audit/events/export: the filtered trail as CSV, oldest first, and the export recorded. */
class AuditExportIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private final Api admin = Api.at(CLINIC).as(CLINIC, User.ADMIN);
    private final Api frontDesk = Api.at(CLINIC).as(CLINIC, User.FRONT_DESK);

    @Test
    void aPatientsTrailExportsAsCsvOldestFirst() {
        JsonNode patient = Patients.createAndRead(frontDesk, aPatient());
        String id = patient.path("id").asText();
        List<JsonNode> expected = AuditApi.allEvents(admin, Map.of("patientId", id, "actor", "frontdesk"), 100);

        ApiResponse response = AuditApi.export(admin, Map.of("patientId", id, "actor", "frontdesk"));

        assertEquals(200, response.status(), response::toString);
        assertEquals("text/csv", response.mediaType());
        assertTrue(response.header("Content-Disposition")
                .orElse("")
                .matches("attachment; filename=\"audit-trail-.*\\.csv\""));
        assertEquals("no-store", response.header("Cache-Control").orElse(""));
        List<List<String>> records = AuditApi.csv(response.body());
        assertEquals(
                List.of(
                        "sequence",
                        "occurred_at_utc",
                        "actor_username",
                        "actor_id",
                        "actor_roles",
                        "action",
                        "object_type",
                        "object_id",
                        "patient_ids",
                        "client_address",
                        "request_id"),
                records.get(0));
        List<List<String>> rows = records.subList(1, records.size());
        assertEquals(List.of("create", "read"), rows.stream().map(r -> r.get(5)).toList());
        assertEquals(
                expected.stream().map(r -> r.path("sequence").asText()).sorted().toList(),
                rows.stream().map(r -> r.get(0)).toList());
        for (List<String> row : rows) {
            assertEquals(
                    List.of("frontdesk", "front-desk", "patient", id, id, "127.0.0.1"),
                    List.of(row.get(2), row.get(4), row.get(6), row.get(7), row.get(8), row.get(9)));
        }

        List<JsonNode> exports = AuditApi.allEvents(admin, Map.of("patientId", id, "action", "export"), 100);
        assertEquals(1, exports.size(), exports::toString);
        assertEquals("audit_trail", exports.get(0).path("objectType").asText());
    }

    @Test
    void anExportOfNothingIsTheHeaderAlone() {
        ApiResponse response =
                AuditApi.export(admin, Map.of("from", "2000-01-01T00:00:00Z", "to", "2000-01-02T00:00:00Z"));

        assertEquals(200, response.status(), response::toString);
        assertEquals(1, AuditApi.csv(response.body()).size());
    }

    @Test
    void onlyCsvIsOffered() {
        Problems.assertProblem(admin.header("Accept", "application/json").get(AuditApi.EXPORT), 406, "not-acceptable");
    }
}
