package com.clinova.billing.infrastructure.pdf;

import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PaymentView;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** The payments received (date, method, reference, amount), what was paid and what is still open. */
final class InvoicePaymentsTable {

    private final PdfTexts texts;
    private final PdfStyle style;

    InvoicePaymentsTable(PdfTexts texts, PdfStyle style) {
        this.texts = texts;
        this.style = style;
    }

    PdfPTable of(InvoiceView invoice, List<PaymentView> payments) {
        PdfPTable table = new PdfPTable(new float[] {2, 2.5f, 3.5f, 2});
        table.setWidthPercentage(100);
        PdfPCell title = cell(texts.text("payments.title"), style, true);
        title.setPhrase(new Phrase(texts.text("payments.title"), style.heading));
        title.setColspan(4);
        title.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(title);
        if (payments.isEmpty()) {
            PdfPCell none = cell(texts.text("payments.none"), style, false);
            none.setColspan(4);
            table.addCell(none);
        }
        for (PaymentView payment : payments) {
            table.addCell(cell(texts.date(payment.receivedAt()), style, false));
            table.addCell(cell(texts.text("method." + payment.method().code()), style, false));
            table.addCell(cell(payment.reference() == null ? "" : payment.reference(), style, false));
            PdfPCell amount = cell(texts.money(payment.amount()), style, false);
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
        }
        if (invoice.status() == InvoiceStatus.ISSUED) {
            balance(table, invoice);
        }
        return table;
    }

    private void balance(PdfPTable table, InvoiceView invoice) {
        PdfPTable sums = new PdfPTable(new float[] {3, 2});
        InvoiceTotalsTable.row(sums, texts.text("payments.paid"), texts.money(invoice.amountPaid()), style.body);
        boolean settled = invoice.openAmount().signum() == 0;
        InvoiceTotalsTable.row(
                sums,
                texts.text(settled ? "payments.settled" : "payments.open"),
                texts.money(invoice.openAmount()),
                style.heading);
        PdfPCell holder = new PdfPCell(sums);
        holder.setColspan(4);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPaddingLeft(300);
        holder.setPaddingTop(6);
        table.addCell(holder);
    }

    private static PdfPCell cell(String text, PdfStyle style, boolean heading) {
        PdfPCell cell = new PdfPCell(new Phrase(text, heading ? style.heading : style.body));
        cell.setBorder(heading ? Rectangle.NO_BORDER : Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setPadding(5);
        return cell;
    }
}
