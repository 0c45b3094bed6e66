package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Extra lines on drafts: free or from the catalogue, discounts rounded per line, and the guards. */
class InvoiceLinesIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);
    private final String patient = SchedulingFixture.shared().newPatient();

    @Test
    void aFreeLineWithADiscountIsRoundedHalfUpOnTheLine() {
        JsonNode draft = Invoices.draft(billing, patient, List.of());
        Map<String, Object> line = Invoices.freeLine("Férula de descarga", "33.33");
        line.put("quantity", 3);
        line.put("discountPercent", "15");

        JsonNode changed = Invoices.addLine(billing, draft, line);

        JsonNode added = changed.path("lines").get(0);
        assertEquals("99.99", added.path("grossAmount").asText());
        assertEquals("15.00", added.path("discountAmount").asText()); // 14.9985
        assertEquals("84.99", added.path("netAmount").asText());
        assertEquals("17.85", added.path("taxAmount").asText()); // 17.8479
        assertEquals("102.84", changed.path("total").asText());
        assertEquals(draft.path("version").asLong() + 1, changed.path("version").asLong());
    }

    @Test
    void aCatalogueLineTakesTheServicesNameAndPriceUnlessItSaysOtherwise() {
        SchedulingFixture practice = SchedulingFixture.shared();
        JsonNode draft = Invoices.draft(billing, patient, List.of());

        JsonNode first = Invoices.addLine(billing, draft, Map.of("serviceId", practice.cleaning));
        Map<String, Object> priced = new LinkedHashMap<>(Map.of("serviceId", practice.cleaning, "unitPrice", "35.5"));
        JsonNode second = Invoices.addLine(billing, first, priced);

        JsonNode catalogue = second.path("lines").get(0);
        assertEquals(practice.cleaning, catalogue.path("serviceId").asText());
        assertEquals("40.00", catalogue.path("unitPrice").asText());
        assertEquals(
                catalogue.path("description").asText(),
                second.path("lines").get(1).path("description").asText());
        assertEquals("35.50", second.path("lines").get(1).path("unitPrice").asText());
        assertEquals(
                List.of(1, 2),
                List.of(
                        catalogue.path("position").asInt(),
                        second.path("lines").get(1).path("position").asInt()));
    }

    @Test
    void everyInvalidFieldOfALineIsNamedAtOnceAndNothingIsAdded() {
        JsonNode draft = Invoices.draft(billing, patient, List.of());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", "a\u0000b");
        line.put("unitPrice", "1,50");
        line.put("quantity", 1000);
        line.put("discountPercent", "12.345");

        assertInvalidFields(
                billing.header("If-Match", Invoices.etagOf(draft)).post(Invoices.pathOf(draft) + "/lines", line),
                "description",
                "unitPrice",
                "quantity",
                "discountPercent");
        assertInvalidFields(
                billing.header("If-Match", Invoices.etagOf(draft))
                        .post(
                                Invoices.pathOf(draft) + "/lines",
                                Map.of("serviceId", UUID.randomUUID().toString())),
                "serviceId");
        assertInvalidFields(
                billing.header("If-Match", Invoices.etagOf(draft)).post(Invoices.pathOf(draft) + "/lines", Map.of()),
                "description",
                "unitPrice");
        assertEquals(draft, Invoices.read(billing, draft));
    }

    @Test
    void removingALineFreesItsAppointmentAndRecomputesTheTotals() {
        CompletedVisits visits = CompletedVisits.of(2);
        JsonNode draft = Invoices.draft(billing, visits.patientId, visits.appointmentIds);
        String lineId = draft.path("lines").get(0).path("id").asText();

        ApiResponse removed = billing.header("If-Match", Invoices.etagOf(draft))
                .send("DELETE", Invoices.pathOf(draft) + "/lines/" + lineId, null);

        assertEquals(200, removed.status(), removed::toString);
        assertEquals(1, removed.json().path("lines").size());
        assertEquals("48.40", removed.json().path("total").asText());
        JsonNode other = Invoices.draft(billing, visits.patientId, visits.appointmentIds.subList(0, 1));
        assertEquals(1, other.path("lines").size());
        assertProblem(
                billing.header("If-Match", "*").send("DELETE", Invoices.pathOf(draft) + "/lines/" + lineId, null),
                404,
                "not-found");
        assertProblem(
                billing.header("If-Match", "*").send("DELETE", Invoices.pathOf(draft) + "/lines/nope", null),
                404,
                "not-found");
    }

    @Test
    void changesNeedTheCurrentETag() {
        JsonNode draft = Invoices.draft(billing, patient, List.of());
        Map<String, Object> line = Invoices.freeLine("Radiografía", "25");
        String path = Invoices.pathOf(draft) + "/lines";

        assertProblem(billing.post(path, line), 428, "precondition-required");
        Invoices.addLine(billing, draft, line);
        assertProblem(billing.header("If-Match", Invoices.etagOf(draft)).post(path, line), 412, "stale-version");
        assertProblem(billing.header("If-Match", "W/\"1\"").post(path, line), 412, "stale-version");
        assertInvalidFields(billing.header("If-Match", "1").post(path, line), "If-Match");
        assertEquals(
                2,
                billing.header("If-Match", "*")
                        .post(path, line)
                        .json()
                        .path("lines")
                        .size());
    }

    @Test
    void anIssuedInvoiceTakesNoMoreLines() {
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");

        JsonNode problem = assertProblem(
                billing.header("If-Match", Invoices.etagOf(issued))
                        .post(Invoices.pathOf(issued) + "/lines", Invoices.freeLine("Extra", "1")),
                409,
                "invoice-not-draft");
        assertEquals("issued", problem.path("invoiceStatus").asText());
        String lineId = issued.path("lines").get(0).path("id").asText();
        assertProblem(
                billing.header("If-Match", Invoices.etagOf(issued))
                        .send("DELETE", Invoices.pathOf(issued) + "/lines/" + lineId, null),
                409,
                "invoice-not-draft");
        assertEquals(issued, Invoices.read(billing, issued));
    }

    @Test
    void linesOfAnUnknownInvoiceAreNotFound() {
        String unknown = Invoices.PATH + "/" + UUID.randomUUID() + "/lines";
        assertProblem(billing.header("If-Match", "*").post(unknown, Invoices.freeLine("x", "1")), 404, "not-found");
        assertProblem(
                billing.header("If-Match", "*").post(Invoices.PATH + "/nope/lines", Invoices.freeLine("x", "1")),
                404,
                "not-found");
    }
}
