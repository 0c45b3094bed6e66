package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issuing (numbering, freezing) and voiding invoices, and what each refuses. */
class InvoiceIssueIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);
    private final String patient = SchedulingFixture.shared().newPatient();

    @Test
    void issuingNumbersTheInvoiceAndFreezesTheClinicsAndThePatientsDetails() {
        JsonNode draft = Invoices.draftWithLine(billing, patient, "100.00");

        JsonNode issued = Invoices.issue(billing, draft);

        assertEquals("issued", issued.path("status").asText());
        assertTrue(issued.path("number").asText().matches("SON-\\d{6,}"), issued::toString);
        assertFalse(issued.path("issuedAt").asText().isEmpty());
        assertEquals(
                "Clínica Dental Sonrisa S.L.",
                issued.path("seller").path("name").asText());
        assertEquals("B87654321", issued.path("seller").path("taxId").asText());
        JsonNode buyer = issued.path("buyer");
        JsonNode patientRead = billing.get(Patients.PATH + "/" + patient).json();
        assertEquals(
                patientRead.path("givenName").asText() + " "
                        + patientRead.path("familyName").asText(),
                buyer.path("name").asText());
        assertEquals(
                patientRead.path("nationalId").asText(), buyer.path("taxId").asText());
        assertEquals("121.00", issued.path("openAmount").asText());
        assertEquals(issued, Invoices.read(billing, issued));
    }

    @Test
    void consecutiveIssuesTakeConsecutiveNumbers() {
        JsonNode first = Invoices.issuedWithLine(billing, patient, "1.00");
        JsonNode second = Invoices.issuedWithLine(billing, patient, "2.00");

        assertEquals(sequenceOf(first) + 1, sequenceOf(second));
    }

    @Test
    void anEmptyDraftIsNotIssuedAndKeepsNoNumber() {
        JsonNode empty = Invoices.draft(billing, patient, List.of());

        JsonNode problem = assertProblem(Invoices.change(billing, empty, "issue", null), 409, "invoice-empty");
        assertEquals("draft", problem.path("invoiceStatus").asText());
        JsonNode before = Invoices.issuedWithLine(billing, patient, "1.00");
        JsonNode after = Invoices.issuedWithLine(billing, patient, "1.00");
        assertEquals(sequenceOf(before) + 1, sequenceOf(after), "the refused issue used up a number");
        assertEquals(empty, Invoices.read(billing, empty));
    }

    @Test
    void anIssuedInvoiceIsNotIssuedAgain() {
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "5.00");

        assertProblem(Invoices.change(billing, issued, "issue", null), 409, "invoice-not-draft");
        assertProblem(
                billing.header("If-Match", "\"1\"").send("POST", Invoices.pathOf(issued) + "/issue", null),
                412,
                "stale-version");
        assertProblem(billing.send("POST", Invoices.pathOf(issued) + "/issue", null), 428, "precondition-required");
    }

    @Test
    void voidingKeepsTheNumberAndTheReasonAndNumbersContinue() {
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "7.00");

        ApiResponse response =
                Invoices.change(billing, issued, "void", Map.of("reason", "Facturada al paciente equivocado"));

        assertEquals(200, response.status(), response::toString);
        JsonNode voided = response.json();
        assertEquals("void", voided.path("status").asText());
        assertEquals(issued.path("number").asText(), voided.path("number").asText());
        assertEquals(
                "Facturada al paciente equivocado", voided.path("voidReason").asText());
        assertEquals("0.00", voided.path("openAmount").asText());
        JsonNode next = Invoices.issuedWithLine(billing, patient, "7.00");
        assertTrue(sequenceOf(next) > sequenceOf(issued));
        assertProblem(Invoices.change(billing, voided, "void", Map.of("reason", "again")), 409, "invoice-not-issued");
    }

    @Test
    void voidingNeedsAReasonAnIssuedInvoiceAndNoPayments() {
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "9.00");
        assertInvalidFields(Invoices.change(billing, issued, "void", Map.of("reason", " ")), "reason");
        assertInvalidFields(Invoices.change(billing, issued, "void", Map.of()), "reason");

        JsonNode draft = Invoices.draftWithLine(billing, patient, "9.00");
        JsonNode problem = assertProblem(
                Invoices.change(billing, draft, "void", Map.of("reason", "x")), 409, "invoice-not-issued");
        assertEquals("draft", problem.path("invoiceStatus").asText());

        ApiResponse paid = Invoices.pay(billing, issued, "cash", "1.00", null);
        assertEquals(201, paid.status(), paid::toString);
        JsonNode current = paid.json().path("invoice");
        assertProblem(
                Invoices.change(billing, current, "void", Map.of("reason", "Mistake")), 409, "invoice-has-payments");
        assertEquals("issued", Invoices.read(billing, current).path("status").asText());
    }

    @Test
    void unknownInvoicesAreNotFound() {
        String unknown = Invoices.PATH + "/" + java.util.UUID.randomUUID();
        assertProblem(billing.get(unknown), 404, "not-found");
        assertProblem(billing.get(Invoices.PATH + "/not-an-id"), 404, "not-found");
        assertProblem(billing.header("If-Match", "*").send("POST", unknown + "/issue", null), 404, "not-found");
        assertProblem(billing.header("If-Match", "*").post(unknown + "/void", Map.of("reason", "x")), 404, "not-found");
    }

    @Test
    void aReadAnswersNotModifiedForItsOwnETag() {
        JsonNode draft = Invoices.draft(billing, patient, List.of());

        ApiResponse again =
                billing.header("If-None-Match", Invoices.etagOf(draft)).get(Invoices.pathOf(draft));

        assertEquals(304, again.status(), again::toString);
    }

    static long sequenceOf(JsonNode invoice) {
        String number = invoice.path("number").asText();
        return Long.parseLong(number.replaceAll("^.*?(\\d+)$", "$1"));
    }
}
