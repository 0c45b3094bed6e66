package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Revenue as issued invoices make it: an invoice issued now adds its net and tax to this month's
 * row (and to "other lines" by service, its line being free), voiding it takes them away again.
 * Measured as differences, so other tests' invoices of the month do not matter (failsafe runs
 * one test at a time).
 */
class RevenueReportIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Madrid"));
    private static final String MONTH = TODAY.withDayOfMonth(1).toString();
    private static final String PERIOD = "?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY.plusDays(1);

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void anIssuedInvoiceCountsUntilItIsVoided() {
        Totals before = totals("month", MONTH);
        Totals otherLinesBefore = totals("service", null);
        String patient = Patients.create(
                        Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN), PatientBuilder.aPatient())
                .path("id")
                .asText();
        JsonNode invoice = Invoices.issuedWithLine(billing, patient, "100.00");

        // sonrisa's demo settings tax at 21 %
        assertEquals(before.plus(1, "100.00", "21.00"), totals("month", MONTH));
        assertEquals(otherLinesBefore.plus(1, "100.00", "21.00"), totals("service", null));

        ApiResponse voided = Invoices.change(
                billing, Invoices.read(billing, invoice), "void", java.util.Map.of("reason", "Issued by mistake"));
        assertEquals(200, voided.status(), voided::toString);
        assertEquals(before, totals("month", MONTH));
    }

    @Test
    void revenueIsForBillingAndAdminsAndNeedsAValidBreakdown() {
        assertInvalidFields(billing.get(ReportsIT.PATH + "/revenue" + PERIOD + "&by=week"), "by");
        assertInvalidFields(billing.get(ReportsIT.PATH + "/revenue?by=month"), "from", "to");
        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN)) {
            assertProblem(
                    Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user).get(ReportsIT.PATH + "/revenue" + PERIOD),
                    403,
                    "forbidden");
        }
        ApiResponse byPractitioner = Api.at(Clinic.SONRISA)
                .as(Clinic.SONRISA, User.ADMIN)
                .get(ReportsIT.PATH + "/revenue" + PERIOD + "&by=practitioner");
        assertEquals(200, byPractitioner.status(), byPractitioner::toString);
    }

    /** Invoices, net and tax of the row with this key (null: lines without one); zeros when absent. */
    private Totals totals(String by, String key) {
        ApiResponse response = billing.get(ReportsIT.PATH + "/revenue" + PERIOD + "&by=" + by);
        assertEquals(200, response.status(), response::toString);
        for (JsonNode row : response.json().path("rows")) {
            // JSON-B leaves a null key out of the row
            boolean match = key == null
                    ? !row.hasNonNull("key")
                    : key.equals(row.path("key").asText());
            if (match && "EUR".equals(row.path("currency").asText())) {
                return new Totals(
                        row.path("invoices").asLong(),
                        row.path("net").decimalValue(),
                        row.path("tax").decimalValue());
            }
        }
        return new Totals(0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    record Totals(long invoices, BigDecimal net, BigDecimal tax) {

        Totals plus(long moreInvoices, String moreNet, String moreTax) {
            return new Totals(
                    invoices + moreInvoices, net.add(new BigDecimal(moreNet)), tax.add(new BigDecimal(moreTax)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Totals t
                    && invoices == t.invoices
                    && net.compareTo(t.net) == 0
                    && tax.compareTo(t.tax) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(invoices);
        }
    }
}
