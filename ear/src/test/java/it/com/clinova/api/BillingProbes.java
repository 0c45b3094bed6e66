package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Cross-tenant probes of the billing endpoints: clinic B (lumière) acts on what clinic A
 * (sonrisa) owns, A's patient's draft and issued invoices, a completed appointment of A, and A's
 * billing settings. B must learn and change nothing, and its answers about A's ids must be
 * exactly its answers about ids that never existed.
 */
final class BillingProbes {

    static final Map<String, CrossTenantProbes.Probe> REGISTRY = Map.ofEntries(
            Map.entry("GET /api/v1/billing/settings", BillingProbes::readSettings),
            Map.entry("PUT /api/v1/billing/settings", BillingProbes::replaceSettings),
            Map.entry("GET /api/v1/billing/patients/{patientId}/balance", BillingProbes::balance),
            Map.entry("GET /api/v1/billing/patients/{patientId}/billable-appointments", BillingProbes::billable),
            Map.entry("POST /api/v1/invoices", BillingProbes::draft),
            Map.entry("GET /api/v1/invoices", BillingProbes::list),
            Map.entry("GET /api/v1/invoices/{id}", BillingProbes::read),
            Map.entry("POST /api/v1/invoices/{id}/lines", BillingProbes::addLine),
            Map.entry("DELETE /api/v1/invoices/{id}/lines/{lineId}", BillingProbes::removeLine),
            Map.entry("POST /api/v1/invoices/{id}/issue", BillingProbes::issue),
            Map.entry("POST /api/v1/invoices/{id}/void", BillingProbes::voidInvoice),
            Map.entry("POST /api/v1/invoices/{id}/payments", BillingProbes::pay),
            Map.entry("GET /api/v1/invoices/{id}/payments", BillingProbes::payments),
            Map.entry("GET /api/v1/invoices/{id}/pdf", BillingProbes::pdf));

    private static World world;

    private BillingProbes() {}

    /** What A owns, made once per run: a completed visit, a draft and an issued invoice of its patient. */
    private record World(CompletedVisits visits, JsonNode draft, JsonNode issued) {}

    private static synchronized World world() {
        if (world == null) {
            Api a = Api.at(TenantPair.A).as(TenantPair.A, User.BILLING);
            CompletedVisits visits = CompletedVisits.of(1);
            world = new World(
                    visits,
                    Invoices.draftWithLine(a, visits.patientId, "10.00"),
                    Invoices.issuedWithLine(a, visits.patientId, "20.00"));
        }
        return world;
    }

    static void readSettings(TenantPair pair) {
        JsonNode ofB = pair.asB.get(Invoices.SETTINGS).json();
        assertEquals("LUM-", ofB.path("invoicePrefix").asText());
        assertFalse(ofB.toString().contains("Sonrisa"), "B reads A's legal details");
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.SETTINGS));
        assertTokenRefused(pair.tokenOfBOnA.get(Invoices.SETTINGS));
    }

    /** B saving its own settings (unchanged) leaves A's as they were. */
    static void replaceSettings(TenantPair pair) {
        JsonNode ofA = pair.asA.get(Invoices.SETTINGS).json();
        ApiResponse readB = pair.asB.get(Invoices.SETTINGS);
        JsonNode ofB = readB.json();
        Map<String, Object> same = Map.of(
                "taxRate", ofB.path("taxRate").asText(),
                "invoicePrefix", ofB.path("invoicePrefix").asText(),
                "legalName", ofB.path("legalName").asText(),
                "taxId", ofB.path("taxId").asText(),
                "address", ofB.path("address").asText());
        ApiResponse saved =
                pair.asB.header("If-Match", readB.header("ETag").orElseThrow()).put(Invoices.SETTINGS, same);
        assertEquals(200, saved.status(), saved::toString);
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").put(Invoices.SETTINGS, same));
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").put(Invoices.SETTINGS, same));
        assertEquals(ofA, pair.asA.get(Invoices.SETTINGS).json(), "B's save changed A's settings");
    }

    static void balance(TenantPair pair) {
        String patientOfA = world().visits().patientId;
        assertSameAsUnknown(
                pair,
                Invoices.balancePath(patientOfA),
                Invoices.balancePath(UUID.randomUUID().toString()),
                patientOfA);
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.balancePath(patientOfA)));
    }

    static void billable(TenantPair pair) {
        String patientOfA = world().visits().patientId;
        assertSameAsUnknown(
                pair,
                Invoices.billablePath(patientOfA),
                Invoices.billablePath(UUID.randomUUID().toString()),
                patientOfA);
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.billablePath(patientOfA)));
    }

    /** B can neither bill A's patient nor A's appointment: the same 400 as for ids nobody has. */
    static void draft(TenantPair pair) {
        World a = world();
        String patientOfB =
                Patients.create(pair.asB, PatientBuilder.aPatient()).path("id").asText();
        assertInvalidFields(Invoices.draftResponse(pair.asB, a.visits().patientId, List.of()), "patientId");
        assertInvalidFields(
                Invoices.draftResponse(pair.asB, patientOfB, a.visits().appointmentIds), "appointmentIds[0]");
        assertTokenRefused(Invoices.draftResponse(pair.tokenOfAOnB, a.visits().patientId, List.of()));
        assertTokenRefused(Invoices.draftResponse(pair.tokenOfBOnA, a.visits().patientId, List.of()));
        // A's appointment is still billable by A: B's attempt billed nothing.
        JsonNode ofA = Invoices.draft(
                Api.at(TenantPair.A).as(TenantPair.A, User.BILLING), a.visits().patientId, a.visits().appointmentIds);
        assertEquals(1, ofA.path("lines").size());
    }

    static void list(TenantPair pair) {
        World a = world();
        JsonNode byPatient = pair.asB
                .get(Invoices.PATH + "?patientId=" + a.visits().patientId)
                .json();
        assertEquals(0, byPatient.path("items").size(), "B lists A's patient's invoices");
        for (String status : List.of("draft", "issued")) {
            String all =
                    pair.asB.get(Invoices.PATH + "?limit=100&status=" + status).toString();
            assertFalse(all.contains(a.draft().path("id").asText()), "B lists A's draft");
            assertFalse(all.contains(a.issued().path("id").asText()), "B lists A's invoice");
        }
        String cursorOfA = Api.at(TenantPair.A)
                .as(TenantPair.A, User.BILLING)
                .get(Invoices.PATH + "?limit=1")
                .json()
                .path("nextCursor")
                .asText();
        assertInvalidFields(pair.asB.get(Invoices.PATH + "?cursor=" + cursorOfA), "cursor");
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.PATH));
    }

    static void read(TenantPair pair) {
        JsonNode issued = world().issued();
        assertSameAsUnknown(
                pair,
                Invoices.pathOf(issued),
                Invoices.PATH + "/" + UUID.randomUUID(),
                issued.path("id").asText());
        assertProblem(
                pair.asB.header("If-None-Match", Invoices.etagOf(issued)).get(Invoices.pathOf(issued)),
                404,
                "not-found");
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.pathOf(issued)));
        assertTokenRefused(pair.tokenOfBOnA.get(Invoices.pathOf(issued)));
    }

    static void addLine(TenantPair pair) {
        JsonNode draft = world().draft();
        for (String etag : List.of("*", Invoices.etagOf(draft))) {
            assertProblem(
                    pair.asB
                            .header("If-Match", etag)
                            .post(Invoices.pathOf(draft) + "/lines", Invoices.freeLine("x", "1")),
                    404,
                    "not-found");
        }
        assertTokenRefused(pair.tokenOfAOnB
                .header("If-Match", "*")
                .post(Invoices.pathOf(draft) + "/lines", Invoices.freeLine("x", "1")));
        assertUnchanged(draft);
    }

    static void removeLine(TenantPair pair) {
        JsonNode draft = world().draft();
        String line = Invoices.pathOf(draft) + "/lines/"
                + draft.path("lines").get(0).path("id").asText();
        assertProblem(pair.asB.header("If-Match", "*").send("DELETE", line, null), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").send("DELETE", line, null));
        assertUnchanged(draft);
    }

    static void issue(TenantPair pair) {
        JsonNode draft = world().draft();
        assertProblem(
                pair.asB.header("If-Match", "*").send("POST", Invoices.pathOf(draft) + "/issue", null),
                404,
                "not-found");
        assertTokenRefused(
                pair.tokenOfAOnB.header("If-Match", "*").send("POST", Invoices.pathOf(draft) + "/issue", null));
        assertUnchanged(draft);
    }

    static void voidInvoice(TenantPair pair) {
        JsonNode issued = world().issued();
        Map<String, Object> reason = Map.of("reason", "B was here");
        assertProblem(
                pair.asB.header("If-Match", "*").post(Invoices.pathOf(issued) + "/void", reason), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").post(Invoices.pathOf(issued) + "/void", reason));
        assertUnchanged(issued);
    }

    static void pay(TenantPair pair) {
        JsonNode issued = world().issued();
        Map<String, Object> cash = Map.of("method", "cash", "amount", "1.00");
        assertProblem(
                pair.asB.header("If-Match", "*").post(Invoices.pathOf(issued) + "/payments", cash), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").post(Invoices.pathOf(issued) + "/payments", cash));
        assertUnchanged(issued);
    }

    static void payments(TenantPair pair) {
        JsonNode issued = world().issued();
        assertSameAsUnknown(
                pair,
                Invoices.pathOf(issued) + "/payments",
                Invoices.PATH + "/" + UUID.randomUUID() + "/payments",
                issued.path("id").asText());
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.pathOf(issued) + "/payments"));
    }

    static void pdf(TenantPair pair) {
        JsonNode issued = world().issued();
        assertSameAsUnknown(
                pair,
                Invoices.pathOf(issued) + "/pdf",
                Invoices.PATH + "/" + UUID.randomUUID() + "/pdf",
                issued.path("id").asText());
        assertTokenRefused(pair.tokenOfAOnB.get(Invoices.pathOf(issued) + "/pdf"));
    }

    /** B's answer about A's object is B's answer about an id nobody has, once each id is blanked out. */
    private static void assertSameAsUnknown(TenantPair pair, String pathOfA, String unknownPath, String idOfA) {
        JsonNode ofA = assertProblem(pair.asB.get(pathOfA), 404, "not-found");
        JsonNode unknown = assertProblem(pair.asB.get(unknownPath), 404, "not-found");
        String unknownId = unknownPath.replaceAll(".*/([0-9a-f-]{36})(/.*)?$", "$1");
        assertEquals(
                unknown.toString().replace(unknownId, "{id}").replaceAll("\"requestId\":\"[^\"]*\"", ""),
                ofA.toString().replace(idOfA, "{id}").replaceAll("\"requestId\":\"[^\"]*\"", ""),
                "another clinic's object is told apart from one that does not exist");
    }

    private static void assertUnchanged(JsonNode invoiceOfA) {
        Api a = Api.at(TenantPair.A).as(TenantPair.A, User.BILLING);
        assertEquals(invoiceOfA, Invoices.read(a, invoiceOfA), "B changed A's invoice");
    }
}
