package com.clinova.billing.domain;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.billing.api.PaymentView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Money received for an issued invoice. A fact: recorded once, by {@link Invoice#receive}, never
 * changed or removed (the application role may only insert payments).
 */
@Entity
@Table(schema = "clinic", name = "payment")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private UUID invoiceId;

    /** Always "issued": the database refuses payments on invoices in any other status. */
    @Column(name = "invoice_status", nullable = false, updatable = false)
    private String invoiceStatus;

    @Convert(converter = PaymentMethodColumn.class)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private String reference;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Payment() {}

    static Payment of(Invoice invoice, NewPayment details, String recordedBy, Instant now) {
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.tenantId = invoice.tenantId();
        payment.invoiceId = invoice.id().value();
        payment.invoiceStatus = "issued";
        payment.method = details.method();
        payment.amount = PaymentRules.amountOf(details);
        payment.reference = details.method().needsReference() ? Violations.clean(details.reference()) : null;
        payment.receivedAt = Invoice.utc(now);
        payment.recordedBy = recordedBy;
        return payment;
    }

    public UUID id() {
        return id;
    }

    public PaymentView view() {
        return new PaymentView(
                id, new InvoiceId(invoiceId), method, amount, reference, receivedAt.toInstant(), recordedBy);
    }
}
