package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable invoice: a PDF attachment named by its number, read back with PDFBox. */
class InvoicePdfIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void anIssuedInvoiceDownloadsAsASpanishPdfWithEverythingOnIt() throws IOException {
        CompletedVisits visits = CompletedVisits.of(1);
        JsonNode draft = Invoices.draft(billing, visits.patientId, visits.appointmentIds);
        Map<String, Object> extra = Invoices.freeLine("Blanqueamiento", "100.00");
        extra.put("discountPercent", "10");
        JsonNode issued = Invoices.issue(billing, Invoices.addLine(billing, draft, extra));
        JsonNode paid = Invoices.pay(billing, issued, "card", "50.00", "AUTH 445566")
                .json()
                .path("invoice");

        Api.Download pdf = billing.download(Invoices.pathOf(paid) + "/pdf");

        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        String number = paid.path("number").asText();
        assertEquals(
                "attachment; filename=\"" + number + ".pdf\"",
                pdf.header("Content-Disposition").orElse(""));
        assertEquals("no-store", pdf.header("Cache-Control").orElse(""));
        String text = textOf(pdf.body());
        JsonNode buyer = paid.path("buyer");
        for (String expected : List.of(
                "Clínica Dental Sonrisa",
                "Factura",
                "Número de factura: " + number,
                "Clínica Dental Sonrisa S.L.",
                "NIF: B87654321",
                buyer.path("name").asText(),
                "DNI/NIE: " + buyer.path("taxId").asText(),
                paid.path("lines").get(0).path("description").asText(),
                "Blanqueamiento",
                "-10,00 € (10 %)",
                "Subtotal 140,00 €",
                "Base imponible 130,00 €",
                "IVA (21 %) 27,30 €",
                "Total 157,30 €",
                "Tarjeta AUTH 445566 50,00 €",
                "Pagado 50,00 €",
                "Pendiente de pago 107,30 €")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void aPortugueseClinicsInvoiceIsInPortuguese() throws IOException {
        Api lumiere = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.BILLING);
        String patient = Patients.create(
                        Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.FRONT_DESK), PatientBuilder.aPatient())
                .path("id")
                .asText();
        JsonNode issued = Invoices.issuedWithLine(lumiere, patient, "100.00");

        String text = textOf(lumiere.download(Invoices.pathOf(issued) + "/pdf").body());

        assertTrue(text.contains("Fatura"), text);
        assertTrue(text.contains("Lumière Estética, Lda."), text);
        assertTrue(text.contains("IVA (23 %) 23,00 €"), text);
        assertTrue(text.contains("Valor em dívida 123,00 €"), text);
        assertTrue(issued.path("number").asText().startsWith("LUM-"), issued::toString);
    }

    @Test
    void aVoidInvoiceSaysSo() throws IOException {
        String patient = SchedulingFixture.shared().newPatient();
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");
        Invoices.change(billing, issued, "void", Map.of("reason", "Duplicada"));

        String text = textOf(billing.download(Invoices.pathOf(issued) + "/pdf").body());

        assertTrue(text.contains("ANULADA"), text);
        assertTrue(text.contains("Motivo: Duplicada"), text);
    }

    @Test
    void aDraftHasNoPdfYetAndNobodysInvoiceNone() {
        String patient = SchedulingFixture.shared().newPatient();
        JsonNode draft = Invoices.draftWithLine(billing, patient, "10.00");

        assertProblem(billing.get(Invoices.pathOf(draft) + "/pdf"), 409, "invoice-not-issued");
        assertProblem(billing.get(Invoices.PATH + "/" + UUID.randomUUID() + "/pdf"), 404, "not-found");
    }

    /** The page's text, non-breaking spaces read as spaces and lines joined, so each row reads as one phrase. */
    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        }
    }
}
