package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invariant 9 for billing: invoices and payments are patient data. A scripted session — draft, add
 * a line, read, list, issue, pay, list payments, balance, PDF, void — leaves audit rows naming the
 * patient for every access, each in the request that made it; a request that fails leaves none.
 */
class BillingAuditIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private final Api billing = Api.at(CLINIC).as(CLINIC, User.BILLING);
    private final List<String> requestIds = new ArrayList<>();

    @Test
    void everyInvoiceAndPaymentAccessIsRecordedWithItsPatient() {
        String patient = SchedulingFixture.shared().newPatient();
        JsonNode draft =
                ok(201, named().post(Invoices.PATH, Map.of("patientId", patient, "appointmentIds", List.of())));
        String id = draft.path("id").asText();
        JsonNode lined = ok(
                200,
                named().header("If-Match", Invoices.etagOf(draft))
                        .post(Invoices.pathOf(draft) + "/lines", Invoices.freeLine("Material", "10")));
        ok(200, named().get(Invoices.pathOf(draft)));
        ok(200, named().get(Invoices.PATH + "?patientId=" + patient));
        JsonNode issued = ok(
                200,
                named().header("If-Match", Invoices.etagOf(lined))
                        .send("POST", Invoices.pathOf(draft) + "/issue", null));
        JsonNode receipt = ok(
                201,
                named().header("If-Match", Invoices.etagOf(issued))
                        .post(Invoices.pathOf(draft) + "/payments", Map.of("method", "cash", "amount", "1")));
        String payment = receipt.path("payment").path("id").asText();
        ok(200, named().get(Invoices.pathOf(draft) + "/payments"));
        ok(200, named().get(Invoices.balancePath(patient)));
        assertEquals(200, named().download(Invoices.pathOf(draft) + "/pdf").status());
        ApiResponse refused = named().header("If-Match", Invoices.etagOf(issued))
                .post(Invoices.pathOf(draft) + "/void", Map.of("reason", "x"));
        assertEquals(412, refused.status(), refused::toString);

        List<String> rows = AuditRows.ofRequests(CLINIC, requestIds).stream()
                .map(r -> r.requestId() + " " + r.action() + " " + r.objectType() + " " + r.objectId() + " "
                        + r.patientIds())
                .toList();

        assertEquals(
                List.of(
                        requestIds.get(0) + " create invoice " + id + " " + patient,
                        requestIds.get(1) + " update invoice " + id + " " + patient,
                        requestIds.get(2) + " read invoice " + id + " " + patient,
                        requestIds.get(3) + " search invoice null " + patient,
                        // issuing reads the patient's details to freeze them on the invoice
                        requestIds.get(4) + " read patient " + patient + " " + patient,
                        requestIds.get(4) + " update invoice " + id + " " + patient,
                        requestIds.get(5) + " create payment " + payment + " " + patient,
                        requestIds.get(6) + " search payment null " + patient,
                        requestIds.get(7) + " search invoice null " + patient,
                        requestIds.get(8) + " export invoice " + id + " " + patient),
                rows);
        AuditRows.ofRequests(CLINIC, requestIds).forEach(r -> assertEquals("billing", r.actorUsername(), r::toString));
    }

    private Api named() {
        String id = "billing-audit-" + UUID.randomUUID();
        requestIds.add(id);
        return billing.header("X-Request-Id", id);
    }

    private static JsonNode ok(int status, ApiResponse response) {
        assertEquals(status, response.status(), response::toString);
        return response.json();
    }
}
