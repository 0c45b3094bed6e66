package com.clinova.billing.infrastructure.pdf;

import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PartyDetails;
import com.clinova.billing.application.InvoiceRenderer;
import com.clinova.billing.application.InvoiceSheet;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * An A4 invoice: the clinic's logo and name on a band of its colour, who the invoice is from and
 * to, its number and date, the lines with discounts, the totals with tax, the payments and what
 * is still open. A void invoice says so in its title and gives the reason. The document's
 * metadata carries the number, so a saved file names itself.
 */
@ApplicationScoped
public class OpenPdfInvoiceRenderer implements InvoiceRenderer {

    private static final float MARGIN = 42;

    @Override
    public byte[] pdf(InvoiceSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            InvoiceView invoice = sheet.invoice();
            PdfTexts texts = new PdfTexts(sheet.locale(), invoice.currency(), sheet.zone());
            PdfStyle style = new PdfStyle(sheet.brandColour());
            document.addTitle(texts.text("document.invoice") + " " + invoice.number());
            document.addAuthor(sheet.clinicName());
            // Screen readers pick the voice by the document's language.
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(texts.locale().toLanguageTag()));
            document.open();
            document.add(band(sheet, LogoImages.of(sheet.logo(), writer), style));
            document.add(heading(invoice, texts, style));
            document.add(parties(invoice, texts, style));
            document.add(new InvoiceLinesTable(texts, style).of(invoice));
            document.add(new InvoiceTotalsTable(texts, style).of(invoice));
            document.add(new InvoicePaymentsTable(texts, style).of(invoice, sheet.payments()));
            document.add(footer(sheet, texts, style));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The invoice could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable band(InvoiceSheet sheet, Optional<Image> logo, PdfStyle style) {
        PdfPTable band = new PdfPTable(logo.isPresent() ? new float[] {1, 9} : new float[] {1});
        band.setWidthPercentage(100);
        if (logo.isPresent()) {
            Image image = logo.get();
            image.scaleToFit(40, 40);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setBackgroundColor(style.brand);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(6);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            band.addCell(cell);
        }
        PdfPCell name = new PdfPCell(new Phrase(sheet.clinicName(), style.onBrand));
        name.setBackgroundColor(style.brand);
        name.setBorder(Rectangle.NO_BORDER);
        name.setPadding(10);
        name.setVerticalAlignment(Element.ALIGN_MIDDLE);
        name.setMinimumHeight(52);
        band.addCell(name);
        band.setSpacingAfter(14);
        return band;
    }

    private static PdfPTable heading(InvoiceView invoice, PdfTexts texts, PdfStyle style) {
        PdfPTable heading = new PdfPTable(new float[] {3, 2});
        heading.setWidthPercentage(100);
        Paragraph title = new Paragraph(texts.text("document.invoice"), style.title);
        if (invoice.status() == InvoiceStatus.VOID) {
            title.add(new Phrase("  " + texts.text("document.void"), style.voidTitle));
        }
        heading.addCell(plain(title));
        Paragraph facts = new Paragraph();
        facts.add(new Phrase(texts.text("invoice.number") + ": ", style.small));
        facts.add(new Phrase(invoice.number() + "\n", style.bold));
        facts.add(new Phrase(texts.text("invoice.issueDate") + ": ", style.small));
        facts.add(new Phrase(texts.date(invoice.issuedAt()) + "\n", style.body));
        facts.add(new Phrase(texts.text("invoice.currency") + ": ", style.small));
        facts.add(new Phrase(invoice.currency(), style.body));
        PdfPCell factsCell = plain(facts);
        factsCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        heading.addCell(factsCell);
        if (invoice.status() == InvoiceStatus.VOID) {
            PdfPCell note = plain(new Paragraph(
                    texts.text("document.voidNote", texts.date(invoice.voidedAt()), invoice.voidReason()),
                    style.voidNote));
            note.setColspan(2);
            note.setPaddingTop(6);
            heading.addCell(note);
        }
        heading.setSpacingAfter(12);
        return heading;
    }

    private static PdfPTable parties(InvoiceView invoice, PdfTexts texts, PdfStyle style) {
        PdfPTable parties = new PdfPTable(2);
        parties.setWidthPercentage(100);
        parties.addCell(party(
                texts.text("party.from"), invoice.seller(), texts.text("party.taxId", taxId(invoice.seller())), style));
        PartyDetails buyer = invoice.buyer();
        parties.addCell(party(
                texts.text("party.billedTo"),
                buyer,
                buyer.taxId() == null ? null : texts.text("party.nationalId", buyer.taxId()),
                style));
        parties.setSpacingAfter(16);
        return parties;
    }

    private static PdfPCell party(String label, PartyDetails party, String taxLine, PdfStyle style) {
        Paragraph text = new Paragraph();
        text.add(new Phrase(label + "\n", style.heading));
        text.add(new Phrase(party.name() + "\n", style.bold));
        if (taxLine != null) {
            text.add(new Phrase(taxLine + "\n", style.body));
        }
        if (party.address() != null) {
            text.add(new Phrase(party.address(), style.body));
        }
        PdfPCell cell = plain(text);
        cell.setBorderWidthTop(1.5f);
        cell.setBorderColorTop(style.brand);
        cell.setBorder(Rectangle.TOP);
        cell.setPaddingTop(6);
        cell.setPaddingRight(12);
        return cell;
    }

    private static Paragraph footer(InvoiceSheet sheet, PdfTexts texts, PdfStyle style) {
        Paragraph footer = new Paragraph(
                texts.text(
                        "footer.text",
                        sheet.invoice().seller().name(),
                        sheet.invoice().number()),
                style.small);
        footer.setSpacingBefore(24);
        footer.setAlignment(Element.ALIGN_CENTER);
        return footer;
    }

    private static String taxId(PartyDetails party) {
        return party.taxId() == null ? "" : party.taxId();
    }

    static PdfPCell plain(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
