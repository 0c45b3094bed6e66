package com.clinova.billing.infrastructure.pdf;

import com.clinova.billing.api.InvoiceLineView;
import com.clinova.billing.api.InvoiceView;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The lines of an invoice: date, description, quantity, unit price, discount and amount (net). */
final class InvoiceLinesTable {

    private final PdfTexts texts;
    private final PdfStyle style;

    InvoiceLinesTable(PdfTexts texts, PdfStyle style) {
        this.texts = texts;
        this.style = style;
    }

    PdfPTable of(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {1.6f, 4.6f, 0.9f, 1.7f, 1.7f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[] {"date", "description", "quantity", "unitPrice", "discount", "amount"}) {
            PdfPCell cell = cell(texts.text("column." + column), style.onBrandSmall, isNumeric(column));
            cell.setBackgroundColor(style.brand);
            table.addCell(cell);
        }
        for (InvoiceLineView line : invoice.lines()) {
            table.addCell(cell(texts.date(line.serviceDate()), style.body, false));
            table.addCell(cell(line.description(), style.body, false));
            table.addCell(cell(String.valueOf(line.quantity()), style.body, true));
            table.addCell(cell(texts.money(line.unitPrice()), style.body, true));
            table.addCell(cell(discount(line), style.body, true));
            table.addCell(cell(texts.money(line.netAmount()), style.body, true));
        }
        table.setSpacingAfter(8);
        return table;
    }

    /** "−6,00 € (10 %)", or nothing for a line without discount. */
    private String discount(InvoiceLineView line) {
        if (line.discountAmount().signum() == 0) {
            return "";
        }
        return "-" + texts.money(line.discountAmount()) + " (" + texts.number(line.discountPercent()) + "\u00a0%)";
    }

    private PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setPadding(5);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private static boolean isNumeric(String column) {
        return !column.equals("date") && !column.equals("description");
    }
}
