package com.clinova.billing.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceLineView;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PartyDetails;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.billing.api.PaymentView;
import com.clinova.billing.application.InvoiceSheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders invoices and reads them back with an independent PDF reader (PDFBox). */
class OpenPdfInvoiceRendererTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T23:30:00Z"); // 3 March in Madrid

    private final OpenPdfInvoiceRenderer renderer = new OpenPdfInvoiceRenderer();

    @Test
    void aSpanishInvoiceShowsEverythingInSpanishWithEuroAmounts() throws IOException {
        InvoiceSheet sheet = sheet(issued(), List.of(cash("50.00")), new Locale("es"), svgLogo());

        String text = textOf(renderer.pdf(sheet));

        for (String expected : List.of(
                "Clínica Dental Sonrisa",
                "Factura",
                "Número de factura: SON-000042",
                "Fecha de emisión: 3 mar 2026",
                "Sonrisa Dental SL",
                "NIF: B12345678",
                "Facturado a",
                "María José Núñez García",
                "DNI/NIE: 12345678Z",
                "Limpieza dental",
                "Blanqueamiento",
                "-13,50 € (10 %)",
                "Base imponible 181,50 €",
                "IVA (21 %) 38,12 €",
                "Total 219,62 €",
                "Efectivo",
                "Pagado 50,00 €",
                "Pendiente de pago 169,62 €")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("ANULADA"));
    }

    @Test
    void aVoidInvoiceSaysSoWithItsReasonAndOwesNothing() throws IOException {
        InvoiceView invoice = withStatus(issued(), InvoiceStatus.VOID);

        String text = textOf(renderer.pdf(sheet(invoice, List.of(), Locale.ENGLISH, null)));

        assertTrue(text.contains("Invoice VOID"), text);
        assertTrue(text.contains("Voided on Mar 4, 2026. Reason: Billed to the wrong patient"), text);
        assertTrue(text.contains("No payments recorded."), text);
        assertFalse(text.contains("Balance due"), text);
        assertTrue(text.contains("Total €219.62"), text);
    }

    @Test
    void aPortugueseInvoiceSpeaksPortuguese() throws IOException {
        InvoiceSheet sheet = sheet(paid(issued()), List.of(card("219.62")), new Locale("pt"), null);

        String text = textOf(renderer.pdf(sheet));

        assertTrue(text.contains("Fatura"), text);
        assertTrue(text.contains("Cartão"), text);
        assertTrue(text.contains("AUTH-778812"), text);
        assertTrue(text.contains("Paga na totalidade 0,00 €"), text);
        assertTrue(text.contains("Total 219,62 €"), text);
        assertTrue(text.contains("Data de emissão: 03/03/2026"), text);
    }

    @Test
    void latinGreekAndCyrillicNamesPrintAsWritten() throws IOException {
        InvoiceView invoice = issued();
        InvoiceView renamed = new InvoiceView(
                invoice.id(),
                invoice.patientId(),
                invoice.status(),
                invoice.number(),
                invoice.currency(),
                invoice.taxRate(),
                invoice.lines(),
                invoice.netTotal(),
                invoice.discountTotal(),
                invoice.taxTotal(),
                invoice.total(),
                invoice.amountPaid(),
                invoice.issuedAt(),
                invoice.seller(),
                new PartyDetails("Łukasz Żółć Ξανθή Вера", null, null),
                null,
                null,
                invoice.version(),
                invoice.createdAt(),
                invoice.updatedAt());

        String text = textOf(renderer.pdf(sheet(renamed, List.of(), Locale.ENGLISH, null)));

        assertTrue(text.contains("Łukasz Żółć Ξανθή Вера"), text);
    }

    @Test
    void theLogoIsDrawnIntoTheBandAndALogoThatCannotBeDrawnIsLeftOut() throws IOException {
        byte[] withLogo = renderer.pdf(sheet(issued(), List.of(), Locale.ENGLISH, svgLogo()));
        byte[] brokenLogo = renderer.pdf(sheet(
                issued(),
                List.of(),
                Locale.ENGLISH,
                new InvoiceSheet.Logo(
                        "image/svg+xml", "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg/>".getBytes())));
        byte[] noLogo = renderer.pdf(sheet(issued(), List.of(), Locale.ENGLISH, null));

        assertEquals(1, xObjects(withLogo));
        assertEquals(0, xObjects(brokenLogo));
        assertEquals(0, xObjects(noLogo));
        assertTrue(textOf(brokenLogo).contains("Total €219.62"));
    }

    private static int xObjects(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            int count = 0;
            for (var ignored : page.getResources().getXObjectNames()) {
                count++;
            }
            return count;
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Non-breaking spaces (as in "50,00 €") read as plain spaces; lines joined by spaces.
            return new PDFTextStripper()
                            .getText(document)
                            .replace('\u00a0', ' ')
                            .replace('\u202f', ' ')
                            .replaceAll("[\\r\\n]+", "\n")
                            .replaceAll("[ \\t]+", " ")
                            .replace(" \n", "\n")
                            .lines()
                            .map(String::strip)
                            .reduce("", (a, b) -> a + "\n" + b)
                            .replace(":\n", ": ")
                    + lineJoined(pdf);
        }
    }

    /** The same text with line breaks as spaces, so label and value on one row read as one phrase. */
    private static String lineJoined(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return "\n"
                    + new PDFTextStripper()
                            .getText(document)
                            .replace('\u00a0', ' ')
                            .replace('\u202f', ' ')
                            .replaceAll("\\s+", " ");
        }
    }

    private static InvoiceSheet sheet(
            InvoiceView invoice, List<PaymentView> payments, Locale locale, InvoiceSheet.Logo logo) {
        return new InvoiceSheet(
                invoice, payments, "Clínica Dental Sonrisa", "#0e7490", logo, locale, ZoneId.of("Europe/Madrid"));
    }

    private static InvoiceSheet.Logo svgLogo() throws IOException {
        try (InputStream in = OpenPdfInvoiceRendererTest.class.getResourceAsStream("logo.svg")) {
            return new InvoiceSheet.Logo("image/svg+xml", in.readAllBytes());
        }
    }

    /** 2 x 45.00 cleaning at 10 % off (81.00) and a whitening at 100.50, 21 % tax: 181.50 + 38.12. */
    private static InvoiceView issued() {
        List<InvoiceLineView> lines = List.of(
                new InvoiceLineView(
                        UUID.randomUUID(),
                        1,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        LocalDate.of(2026, 3, 2),
                        "Limpieza dental",
                        3,
                        new BigDecimal("45.00"),
                        new BigDecimal("10.00"),
                        new BigDecimal("135.00"),
                        new BigDecimal("13.50"),
                        new BigDecimal("121.50"),
                        new BigDecimal("25.52")),
                new InvoiceLineView(
                        UUID.randomUUID(),
                        2,
                        null,
                        null,
                        null,
                        "Blanqueamiento",
                        1,
                        new BigDecimal("60.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("60.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("60.00"),
                        new BigDecimal("12.60")));
        return new InvoiceView(
                new InvoiceId(UUID.randomUUID()),
                UUID.randomUUID(),
                InvoiceStatus.ISSUED,
                "SON-000042",
                "EUR",
                new BigDecimal("21.00"),
                lines,
                new BigDecimal("181.50"),
                new BigDecimal("13.50"),
                new BigDecimal("38.12"),
                new BigDecimal("219.62"),
                new BigDecimal("50.00"),
                ISSUED,
                new PartyDetails("Sonrisa Dental SL", "B12345678", "Calle Mayor 1\n28013 Madrid"),
                new PartyDetails("María José Núñez García", "12345678Z", "Calle Sol 3, Madrid"),
                null,
                null,
                3,
                ISSUED,
                ISSUED);
    }

    private static InvoiceView paid(InvoiceView i) {
        return new InvoiceView(
                i.id(),
                i.patientId(),
                i.status(),
                i.number(),
                i.currency(),
                i.taxRate(),
                i.lines(),
                i.netTotal(),
                i.discountTotal(),
                i.taxTotal(),
                i.total(),
                i.total(),
                i.issuedAt(),
                i.seller(),
                i.buyer(),
                null,
                null,
                i.version(),
                i.createdAt(),
                i.updatedAt());
    }

    private static InvoiceView withStatus(InvoiceView i, InvoiceStatus status) {
        return new InvoiceView(
                i.id(),
                i.patientId(),
                status,
                i.number(),
                i.currency(),
                i.taxRate(),
                i.lines(),
                i.netTotal(),
                i.discountTotal(),
                i.taxTotal(),
                i.total(),
                new BigDecimal("0.00"),
                i.issuedAt(),
                i.seller(),
                i.buyer(),
                Instant.parse("2026-03-04T09:00:00Z"),
                "Billed to the wrong patient",
                i.version(),
                i.createdAt(),
                i.updatedAt());
    }

    private static PaymentView cash(String amount) {
        return new PaymentView(
                UUID.randomUUID(), null, PaymentMethod.CASH, new BigDecimal(amount), null, ISSUED, "billing");
    }

    private static PaymentView card(String amount) {
        return new PaymentView(
                UUID.randomUUID(), null, PaymentMethod.CARD, new BigDecimal(amount), "AUTH-778812", ISSUED, "billing");
    }
}
