package com.clinova.billing.domain;

import com.clinova.billing.api.InvoiceLineView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an {@link Invoice}, created and removed only through it. A line is never edited:
 * its amounts are computed once, when it is added, with the invoice's tax rate.
 */
@Entity
@Table(schema = "clinic", name = "invoice_line")
public class InvoiceLine {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    /**
     * The database keeps this equal to the invoice's status (a cascading foreign key); a line is
     * only ever inserted into a draft, and the application never writes it afterwards.
     */
    @Column(name = "invoice_status", nullable = false, updatable = false)
    private String invoiceStatus;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "appointment_id", updatable = false)
    private UUID appointmentId;

    @Column(name = "service_id", updatable = false)
    private UUID serviceId;

    @Column(name = "service_date", updatable = false)
    private LocalDate serviceDate;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, updatable = false)
    private BigDecimal discountPercent;

    @Column(name = "gross_amount", nullable = false, updatable = false)
    private BigDecimal grossAmount;

    @Column(name = "discount_amount", nullable = false, updatable = false)
    private BigDecimal discountAmount;

    @Column(name = "net_amount", nullable = false, updatable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, updatable = false)
    private BigDecimal taxAmount;

    protected InvoiceLine() {}

    InvoiceLine(Invoice invoice, int position, LineDraft draft, LineAmounts amounts) {
        this.id = UUID.randomUUID();
        this.tenantId = invoice.tenantId();
        this.invoice = invoice;
        this.invoiceStatus = "draft";
        this.position = position;
        this.appointmentId = draft.appointmentId();
        this.serviceId = draft.serviceId();
        this.serviceDate = draft.serviceDate();
        this.description = Violations.clean(draft.description());
        this.quantity = draft.quantity();
        this.unitPrice = Amounts.cents(draft.unitPrice());
        this.discountPercent = draft.discountPercent().setScale(2);
        this.grossAmount = amounts.gross();
        this.discountAmount = amounts.discount();
        this.netAmount = amounts.net();
        this.taxAmount = amounts.tax();
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    UUID appointmentId() {
        return appointmentId;
    }

    BigDecimal netAmount() {
        return netAmount;
    }

    BigDecimal discountAmount() {
        return discountAmount;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    InvoiceLineView view() {
        return new InvoiceLineView(
                id,
                position,
                appointmentId,
                serviceId,
                serviceDate,
                description,
                quantity,
                unitPrice,
                discountPercent,
                grossAmount,
                discountAmount,
                netAmount,
                taxAmount);
    }
}
