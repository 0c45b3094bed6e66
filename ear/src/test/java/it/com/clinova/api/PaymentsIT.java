package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Payments on issued invoices: partial, by every method, never beyond what is open; balances. */
class PaymentsIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);
    private final String patient = SchedulingFixture.shared().newPatient();

    @Test
    void partialPaymentsByEveryMethodSettleTheInvoiceAndTheBalance() {
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "100.00"); // 121.00
        Invoices.draftWithLine(billing, patient, "50.00"); // drafts owe nothing

        JsonNode afterCash = receipt(Invoices.pay(billing, invoice, "cash", "20", null));
        JsonNode afterCard = receipt(Invoices.pay(billing, afterCash.path("invoice"), "card", "50.50", "AUTH 771203"));
        assertBalance("121.00", "70.50", "50.50", 1);
        JsonNode afterTransfer =
                receipt(Invoices.pay(billing, afterCard.path("invoice"), "bank_transfer", "50.50", "TRF-2026-0042"));

        JsonNode settled = afterTransfer.path("invoice");
        assertEquals("121.00", settled.path("amountPaid").asText());
        assertEquals("0.00", settled.path("openAmount").asText());
        assertEquals(
                "bank_transfer", afterTransfer.path("payment").path("method").asText());
        assertEquals("billing", afterTransfer.path("payment").path("recordedBy").asText());
        assertBalance("121.00", "121.00", "0.00", 0);

        ApiResponse listed = billing.get(Invoices.pathOf(invoice) + "/payments");
        assertEquals(200, listed.status(), listed::toString);
        List<String> seen = new ArrayList<>();
        listed.json()
                .forEach(p -> seen.add(p.path("method").asText() + " "
                        + p.path("amount").asText() + " " + p.path("reference").asText("")));
        assertEquals(List.of("cash 20.00 ", "card 50.50 AUTH 771203", "bank_transfer 50.50 TRF-2026-0042"), seen);
    }

    @Test
    void aPaymentBeyondTheOpenAmountIsRefusedAndSaysWhatIsOpen() {
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "10.00"); // 12.10
        JsonNode paid =
                receipt(Invoices.pay(billing, invoice, "cash", "10", null)).path("invoice");

        JsonNode problem = assertProblem(Invoices.pay(billing, paid, "cash", "2.11", null), 409, "overpayment");

        assertEquals("2.10", problem.path("openAmount").asText());
        assertEquals(paid, Invoices.read(billing, paid));
    }

    @Test
    void draftsAndVoidInvoicesTakeNoPayments() {
        JsonNode draft = Invoices.draftWithLine(billing, patient, "10.00");
        JsonNode problem = assertProblem(Invoices.pay(billing, draft, "cash", "1", null), 409, "invoice-not-issued");
        assertEquals("draft", problem.path("invoiceStatus").asText());

        JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");
        JsonNode voided = Invoices.change(billing, issued, "void", Map.of("reason", "Duplicate"))
                .json();
        assertProblem(Invoices.pay(billing, voided, "cash", "1", null), 409, "invoice-not-issued");
    }

    @Test
    void everyInvalidFieldOfAPaymentIsNamedAtOnce() {
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "10.00");

        assertInvalidFields(Invoices.pay(billing, invoice, "bitcoin", "1e3", null), "method", "amount");
        assertInvalidFields(Invoices.pay(billing, invoice, "card", "0", null), "amount", "reference");
        assertInvalidFields(Invoices.pay(billing, invoice, "cash", "-1", "receipt 7"), "amount", "reference");
        assertInvalidFields(Invoices.pay(billing, invoice, "card", "5", "4111 1111 1111 1111"), "reference");
        assertInvalidFields(Invoices.pay(billing, invoice, "card", "5.001", "AUTH 1"), "amount");
        assertInvalidFields(Invoices.change(billing, invoice, "payments", Map.of()), "method", "amount");
        assertEquals("0.00", Invoices.read(billing, invoice).path("amountPaid").asText());
    }

    @Test
    void paymentsNeedTheInvoicesCurrentETag() {
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "10.00");
        String path = Invoices.pathOf(invoice) + "/payments";
        Map<String, Object> cash = Map.of("method", "cash", "amount", "1.00");

        assertProblem(billing.post(path, cash), 428, "precondition-required");
        receipt(Invoices.pay(billing, invoice, "cash", "1.00", null));
        assertProblem(billing.header("If-Match", Invoices.etagOf(invoice)).post(path, cash), 412, "stale-version");
        assertProblem(
                billing.header("If-Match", "*").post(Invoices.PATH + "/" + UUID.randomUUID() + "/payments", cash),
                404,
                "not-found");
        assertProblem(billing.get(Invoices.PATH + "/" + UUID.randomUUID() + "/payments"), 404, "not-found");
    }

    @Test
    void twoDesksTakingTheSameMoneyAtOnceRecordItOnce() throws Exception {
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "10.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Invoices.pay(billing, invoice, "cash", "12.10", null);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                statuses.add(answer.get().status());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("12.10", Invoices.read(billing, invoice).path("amountPaid").asText());
    }

    @Test
    void theBalanceOfAPatientWithoutInvoicesIsZeroAndOfNobodyNotFound() {
        assertBalance("0.00", "0.00", "0.00", 0);
        assertProblem(billing.get(Invoices.balancePath(UUID.randomUUID().toString())), 404, "not-found");
        assertProblem(billing.get(Invoices.balancePath("nobody")), 404, "not-found");
    }

    private void assertBalance(String invoiced, String paid, String balance, int open) {
        ApiResponse response = billing.get(Invoices.balancePath(patient));
        assertEquals(200, response.status(), response::toString);
        JsonNode json = response.json();
        assertEquals(
                List.of(patient, "EUR", invoiced, paid, balance, String.valueOf(open)),
                List.of(
                        json.path("patientId").asText(),
                        json.path("currency").asText(),
                        json.path("invoiced").asText(),
                        json.path("paid").asText(),
                        json.path("balance").asText(),
                        json.path("openInvoices").asText()));
    }

    private static JsonNode receipt(ApiResponse response) {
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }
}
