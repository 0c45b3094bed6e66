package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/v1/audit/events: "who accessed patient X", the other filters, keyset pages, and the
 * trail recording its own readers. The patient and its accesses are made here, by three staff
 * members, so the expected rows are exactly known whatever else the suite does at the clinic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailApiIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private final Api admin = Api.at(CLINIC).as(CLINIC, User.ADMIN);
    private final Api frontDesk = Api.at(CLINIC).as(CLINIC, User.FRONT_DESK);
    private final Api clinician = Api.at(CLINIC).as(CLINIC, User.CLINICIAN);
    private final Api billing = Api.at(CLINIC).as(CLINIC, User.BILLING);

    private JsonNode patient;
    private String id;
    private Instant before;

    @BeforeAll
    void threeStaffMembersAccessOnePatient() {
        before = Instant.now();
        PatientBuilder built = aPatient();
        patient = Patients.create(frontDesk, built);
        id = patient.path("id").asText();
        assertEquals(200, clinician.get(Patients.pathOf(patient)).status());
        assertEquals(200, clinician.get(Patients.pathOf(patient)).status());
        assertEquals(
                200,
                Patients.search(billing, Map.of("q", built.get("familyName"))).status());
    }

    @Test
    void whoAccessedPatientXIsEveryAccessNewestFirst() {
        List<JsonNode> rows = AuditApi.patientDataRows(AuditApi.allEvents(admin, Map.of("patientId", id), 100));

        assertEquals(
                List.of("billing search", "clinician read", "clinician read", "frontdesk create"),
                rows.stream()
                        .map(r -> r.path("actorUsername").asText() + " "
                                + r.path("action").asText())
                        .toList());
        JsonNode search = rows.get(0);
        assertTrue(search.path("objectId").isMissingNode(), search::toString);
        assertEquals(List.of(id), AuditApi.texts(search.path("patientIds")));
        assertEquals(List.of("billing"), AuditApi.texts(search.path("actorRoles")));
        JsonNode created = rows.get(3);
        assertEquals(id, created.path("objectId").asText());
        assertEquals("patient", created.path("objectType").asText());
        assertEquals(List.of("front-desk"), AuditApi.texts(created.path("actorRoles")));
        assertEquals("127.0.0.1", created.path("clientAddress").asText());
        assertTrue(created.path("actorId").asText().matches("[0-9a-f-]{36}"), created::toString);
        assertTrue(created.path("requestId").asText().length() > 8, created::toString);
        assertTrue(!Instant.parse(created.path("occurredAt").asText()).isBefore(before.minusSeconds(5)));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).path("sequence").asLong()
                    > rows.get(i).path("sequence").asLong());
        }
    }

    @Test
    void readingTheTrailIsRecordedWithThePatientItWasAbout() {
        String requestId = "it-trail-read-" + System.nanoTime();
        assertEquals(
                200,
                AuditApi.events(admin.header("X-Request-Id", requestId), Map.of("patientId", id))
                        .status());

        List<JsonNode> reads =
                AuditApi.allEvents(admin, Map.of("patientId", id, "action", "search", "actor", "admin"), 100).stream()
                        .filter(r -> requestId.equals(r.path("requestId").asText()))
                        .toList();

        assertEquals(1, reads.size(), reads::toString);
        assertEquals("audit_trail", reads.get(0).path("objectType").asText());
        assertEquals(List.of(id), AuditApi.texts(reads.get(0).path("patientIds")));
        assertEquals(List.of("clinic-admin"), AuditApi.texts(reads.get(0).path("actorRoles")));
    }

    @Test
    void criteriaCombine() {
        List<JsonNode> reads =
                AuditApi.allEvents(admin, Map.of("patientId", id, "actor", "CLINICIAN", "action", "read"), 100);
        assertEquals(2, reads.size(), reads::toString);

        List<JsonNode> beforeAnything = AuditApi.allEvents(
                admin,
                Map.of(
                        "patientId",
                        id,
                        "from",
                        "2000-01-01T00:00:00Z",
                        "to",
                        before.minusSeconds(60).toString()),
                100);
        assertEquals(List.of(), beforeAnything);

        List<JsonNode> since = AuditApi.patientDataRows(AuditApi.allEvents(
                admin, Map.of("patientId", id, "from", before.minusSeconds(60).toString()), 100));
        assertEquals(4, since.size(), since::toString);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        Map<String, String> reads = Map.of("patientId", id, "action", "read");
        List<JsonNode> onePerPage = AuditApi.allEvents(admin, reads, 1);
        List<JsonNode> allAtOnce = AuditApi.allEvents(admin, reads, 100);

        assertEquals(2, onePerPage.size());
        assertEquals(
                allAtOnce.stream().map(r -> r.path("sequence").asLong()).toList(),
                onePerPage.stream().map(r -> r.path("sequence").asLong()).toList());
        ApiResponse first = AuditApi.events(admin, Map.of("patientId", id, "action", "read", "limit", "1"));
        assertEquals(1, first.json().path("limit").asInt());
    }
}
