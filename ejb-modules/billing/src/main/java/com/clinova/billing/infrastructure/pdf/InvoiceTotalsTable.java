package com.clinova.billing.infrastructure.pdf;

import com.clinova.billing.api.InvoiceView;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Subtotal, discounts, taxable base, tax at the invoice's rate and total, right-aligned. */
final class InvoiceTotalsTable {

    private final PdfTexts texts;
    private final PdfStyle style;

    InvoiceTotalsTable(PdfTexts texts, PdfStyle style) {
        this.texts = texts;
        this.style = style;
    }

    PdfPTable of(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        row(table, texts.text("totals.gross"), texts.money(invoice.grossTotal()), style.body);
        if (invoice.discountTotal().signum() != 0) {
            row(table, texts.text("totals.discounts"), "-" + texts.money(invoice.discountTotal()), style.body);
        }
        row(table, texts.text("totals.taxBase"), texts.money(invoice.netTotal()), style.body);
        row(
                table,
                texts.text("totals.tax", texts.number(invoice.taxRate())),
                texts.money(invoice.taxTotal()),
                style.body);
        PdfPCell[] total = row(table, texts.text("totals.total"), texts.money(invoice.total()), style.heading);
        for (PdfPCell cell : total) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(style.brand);
            cell.setBorderWidth(1.5f);
        }
        table.setSpacingAfter(16);
        return table;
    }

    static PdfPCell[] row(PdfPTable table, String label, String amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        PdfPCell value = new PdfPCell(new Phrase(amount, font));
        for (PdfPCell cell : new PdfPCell[] {name, value}) {
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        return new PdfPCell[] {name, value};
    }
}
