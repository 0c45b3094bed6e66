package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invariant 9 for the patient endpoints: a scripted session — token, register, read, search,
 * update, read again answered 304 — leaves exactly one audit row per access to patient data, each
 * naming who (account, name, roles), what, which patient, from where and in which request; and
 * requests that fail leave none. Every request sends its own X-Request-Id so its rows can be told
 * apart from everything else the suite does at the same clinic.
 */
class AuditedPatientSessionIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private final Api frontDesk = Api.at(CLINIC).as(CLINIC, User.FRONT_DESK);
    private final List<String> requestIds = new ArrayList<>();

    @Test
    void everyAccessOfTheSessionIsOneRowWithWhoWhatWhichPatientWhereAndRequest() {
        PatientBuilder patient = aPatient();
        JsonNode created = send("POST", Patients.PATH, patient.build()).json();
        String id = created.path("id").asText();
        String path = Patients.pathOf(created);
        ApiResponse read = send("GET", path, null);
        ApiResponse found = send("GET", Patients.PATH + "?q=" + patient.get("familyName"), null);
        assertEquals(List.of(id), Patients.ids(List.copyOf(toList(found.json().path("items")))));
        ApiResponse updated = frontDesk
                .header("If-Match", read.header("ETag").orElseThrow())
                .header("X-Request-Id", next())
                .put(path, patient.with("phone", "+34 600 000 001").build());
        assertEquals(200, updated.status(), updated::toString);
        ApiResponse unchanged = frontDesk
                .header("If-None-Match", updated.header("ETag").orElseThrow())
                .header("X-Request-Id", next())
                .get(path);
        assertEquals(304, unchanged.status(), unchanged::toString);

        List<AuditRows.Row> rows = AuditRows.ofRequests(CLINIC, requestIds);

        assertEquals(
                List.of(
                        requestIds.get(0) + " create patient " + id + " " + id,
                        requestIds.get(1) + " read patient " + id + " " + id,
                        requestIds.get(2) + " search patient null " + id,
                        requestIds.get(3) + " update patient " + id + " " + id,
                        requestIds.get(4) + " read patient " + id + " " + id),
                rows.stream()
                        .map(r -> r.requestId() + " " + r.action() + " " + r.objectType() + " " + r.objectId() + " "
                                + r.patientIds())
                        .toList());
        for (AuditRows.Row row : rows) {
            assertEquals("frontdesk", row.actorUsername(), row::toString);
            assertEquals("front-desk", row.actorRoles(), row::toString);
            assertTrue(row.actorIsTheAccount(), row::toString);
            assertEquals("127.0.0.1", row.clientAddress(), row::toString);
        }
    }

    @Test
    void theResponseCarriesTheRequestIdTheRowsAreFiledUnder() {
        String mine = next();
        ApiResponse response = frontDesk.header("X-Request-Id", mine).get(Patients.PATH + "?limit=1");
        assertEquals(mine, response.header("X-Request-Id").orElse(""));

        ApiResponse unnamed = frontDesk.get(Patients.PATH + "?limit=1");
        String given = unnamed.header("X-Request-Id").orElse("");
        assertEquals(1, AuditRows.ofRequests(CLINIC, List.of(given)).size(), given);
    }

    @Test
    void failedRequestsRecordNothing() {
        JsonNode patient = Patients.createAndRead(frontDesk, aPatient());
        assertProblem(send("GET", Patients.PATH + "/" + UUID.randomUUID(), null), 404, "not-found");
        assertProblem(
                frontDesk
                        .header("If-Match", "\"999\"")
                        .header("X-Request-Id", next())
                        .put(Patients.pathOf(patient), aPatient().build()),
                412,
                "stale-version");
        assertProblem(
                send("POST", Patients.PATH, aPatient().without("familyName").build()), 400, "validation-failed");
        assertProblem(send("GET", Patients.PATH + "?limit=0", null), 400, "validation-failed");

        assertEquals(List.of(), AuditRows.ofRequests(CLINIC, requestIds));
    }

    /** No proxy is trusted on the test server, so a forwarded-for header written by the client is ignored. */
    @Test
    void aClientCannotChooseTheAddressItIsRecordedWith() {
        ApiResponse response = frontDesk
                .header("X-Forwarded-For", "203.0.113.99")
                .header("X-Request-Id", next())
                .get(Patients.PATH + "?limit=1");
        assertEquals(200, response.status(), response::toString);

        List<AuditRows.Row> rows = AuditRows.ofRequests(CLINIC, requestIds);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("127.0.0.1", rows.get(0).clientAddress());
    }

    /**
     * Same transaction: when the audit row cannot be written (here the owner makes the table refuse
     * one request id), the request fails and the registration it would have recorded is undone.
     */
    @Test
    void anAccessThatCannotBeRecordedDoesNotHappen() {
        String refused = next();
        PatientBuilder patient = aPatient();
        AuditRows.asOwner(
                CLINIC,
                "alter table clinic.audit_event add constraint it_refuse_request"
                        + " check (request_id is distinct from '" + refused + "') not valid");
        ApiResponse response;
        try {
            response = frontDesk.header("X-Request-Id", refused).post(Patients.PATH, patient.build());
        } finally {
            AuditRows.asOwner(CLINIC, "alter table clinic.audit_event drop constraint it_refuse_request");
        }

        assertProblem(response, 500, "internal-error");
        ApiResponse found = Patients.search(frontDesk, Map.of("nationalId", patient.get("nationalId")));
        assertEquals(0, found.json().path("items").size(), found::toString);
        assertEquals(List.of(), AuditRows.ofRequests(CLINIC, List.of(refused)));
    }

    private ApiResponse send(String method, String path, Map<String, Object> body) {
        Api api = frontDesk.header("X-Request-Id", next());
        ApiResponse response = body == null ? api.send(method, path, null) : api.post(path, body);
        return response;
    }

    private String next() {
        String id = "it-audit-" + UUID.randomUUID();
        requestIds.add(id);
        return id;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
