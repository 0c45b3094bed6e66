package com.clinova.billing.domain;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceStateException;
import com.clinova.billing.api.InvoiceStateException.Reason;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceSummary;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.OverpaymentException;
import com.clinova.billing.api.PartyDetails;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A bill to one patient of the clinic.
 *
 * <p>Invariants: lines are added and removed only while the invoice is a {@link
 * InvoiceStatus#DRAFT}, each priced with the invoice's tax rate when added; the totals are always
 * the sums of the lines' rounded amounts ({@link Amounts}) and {@code total = net + tax}; an
 * invoice is issued only with at least one line, and issuing freezes it with the seller's and
 * buyer's details (the database then gives it the clinic's next number); only an issued invoice
 * takes payments, never beyond its open amount; only an issued invoice without payments is voided,
 * with a reason, and a void invoice never changes again. {@code version} increases with every
 * change so concurrent edits cannot silently overwrite each other.
 */
@Entity
@Table(schema = "clinic", name = "invoice")
public class Invoice {

    /** Enough for any real visit; keeps an invoice printable and its total within numeric(12, 2). */
    public static final int MAX_LINES = 100;

    static final int VOID_REASON_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Convert(converter = InvoiceStatusColumn.class)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "tax_rate", nullable = false, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "net_total", nullable = false)
    private BigDecimal netTotal;

    @Column(name = "discount_total", nullable = false)
    private BigDecimal discountTotal;

    @Column(name = "tax_total", nullable = false)
    private BigDecimal taxTotal;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "amount_paid", nullable = false)
    private BigDecimal amountPaid;

    /** Assigned by the database when the invoice is issued (see V10); read back after the change. */
    @Column(name = "sequence_number", insertable = false, updatable = false)
    private Long sequenceNumber;

    @Column(insertable = false, updatable = false)
    private String number;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC. */
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "seller_legal_name")
    private String sellerName;

    @Column(name = "seller_tax_id")
    private String sellerTaxId;

    @Column(name = "seller_address")
    private String sellerAddress;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "buyer_tax_id")
    private String buyerTaxId;

    @Column(name = "buyer_address")
    private String buyerAddress;

    @Column(name = "voided_at")
    private OffsetDateTime voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {}

    /** An empty draft for the patient, billing in {@code currency} at {@code taxRate} percent. */
    public static Invoice draft(TenantId clinic, UUID patientId, String currency, BigDecimal taxRate, Instant now) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.tenantId = clinic.value();
        invoice.patientId = Objects.requireNonNull(patientId, "patient");
        invoice.status = InvoiceStatus.DRAFT;
        invoice.currency = Objects.requireNonNull(currency, "currency");
        invoice.taxRate = taxRate.setScale(Amounts.SCALE);
        invoice.amountPaid = Amounts.ZERO;
        invoice.createdAt = utc(now);
        invoice.recomputeTotals();
        invoice.touch(now);
        return invoice;
    }

    /**
     * Adds a line priced with this invoice's tax rate, after the existing ones.
     *
     * @throws RuleViolationException naming every invalid field of the line
     */
    public void addLine(LineDraft draft, Instant now) {
        require(InvoiceStatus.DRAFT, Reason.NOT_DRAFT, "Lines are added to drafts only");
        Violations violations = new Violations();
        LineRules.violationsOf(draft).forEach(v -> violations.add(v.field(), v.message()));
        if (lines.size() >= MAX_LINES) {
            violations.add("lines", "an invoice has at most " + MAX_LINES + " lines");
        }
        violations.throwIfAny();
        LineAmounts amounts = LineAmounts.of(draft.unitPrice(), draft.quantity(), draft.discountPercent(), taxRate);
        if (total.add(amounts.net()).add(amounts.tax()).compareTo(Amounts.MAX) > 0) {
            throw new RuleViolationException("unitPrice", "makes the invoice total larger than " + Amounts.MAX);
        }
        int position = lines.stream().mapToInt(InvoiceLine::position).max().orElse(0) + 1;
        lines.add(new InvoiceLine(this, position, draft, amounts));
        recomputeTotals();
        touch(now);
    }

    /** @return false when the invoice has no line with this id */
    public boolean removeLine(UUID lineId, Instant now) {
        require(InvoiceStatus.DRAFT, Reason.NOT_DRAFT, "Lines are removed from drafts only");
        boolean removed = lines.removeIf(line -> line.id().equals(lineId));
        if (removed) {
            recomputeTotals();
            touch(now);
        }
        return removed;
    }

    /** Freezes the draft with who it is from and to; the database numbers it when this is saved. */
    public void issue(PartyDetails seller, PartyDetails buyer, Instant now) {
        checkIssuable();
        status = InvoiceStatus.ISSUED;
        issuedAt = utc(now);
        sellerName = seller.name();
        sellerTaxId = seller.taxId();
        sellerAddress = seller.address();
        buyerName = buyer.name();
        buyerTaxId = buyer.taxId();
        buyerAddress = buyer.address();
        touch(now);
    }

    /** @throws InvoiceStateException unless this is a draft with at least one line */
    public void checkIssuable() {
        require(InvoiceStatus.DRAFT, Reason.NOT_DRAFT, "Only a draft is issued");
        if (lines.isEmpty()) {
            throw new InvoiceStateException(Reason.EMPTY, status, "An invoice without lines cannot be issued");
        }
    }

    /** @throws RuleViolationException for a blank, multi-control-character or overlong reason */
    public void voidFor(String reason, Instant now) {
        require(InvoiceStatus.ISSUED, Reason.NOT_ISSUED, "Only an issued invoice is voided");
        if (amountPaid.signum() > 0) {
            throw new InvoiceStateException(
                    Reason.HAS_PAYMENTS, status, "An invoice with payments cannot be voided; it was paid");
        }
        Violations violations = new Violations();
        violations.multiLineText("reason", reason, VOID_REASON_MAX);
        violations.throwIfAny();
        status = InvoiceStatus.VOID;
        voidReason = reason.strip();
        voidedAt = utc(now);
        touch(now);
    }

    /**
     * Takes a payment of at most the open amount.
     *
     * @throws RuleViolationException for an invalid payment (every field named)
     * @throws OverpaymentException when the amount exceeds what is open
     */
    public Payment receive(NewPayment payment, String recordedBy, Instant now) {
        require(InvoiceStatus.ISSUED, Reason.NOT_ISSUED, "Payments are taken on issued invoices only");
        PaymentRules.check(payment);
        BigDecimal amount = Amounts.cents(payment.amount());
        if (amount.compareTo(openAmount()) > 0) {
            throw new OverpaymentException(amount, openAmount());
        }
        amountPaid = amountPaid.add(amount);
        touch(now);
        return Payment.of(this, payment, recordedBy, now);
    }

    public BigDecimal openAmount() {
        return status == InvoiceStatus.ISSUED ? total.subtract(amountPaid) : Amounts.ZERO;
    }

    /** The appointments this invoice bills. */
    public Set<UUID> appointmentIds() {
        return lines.stream()
                .map(InvoiceLine::appointmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    public InvoiceId id() {
        return new InvoiceId(id);
    }

    public UUID patientId() {
        return patientId;
    }

    public InvoiceStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    UUID tenantId() {
        return tenantId;
    }

    public InvoiceView view() {
        return new InvoiceView(
                id(),
                patientId,
                status,
                number,
                currency,
                taxRate,
                lines.stream().map(InvoiceLine::view).toList(),
                netTotal,
                discountTotal,
                taxTotal,
                total,
                amountPaid,
                instant(issuedAt),
                sellerName == null ? null : new PartyDetails(sellerName, sellerTaxId, sellerAddress),
                buyerName == null ? null : new PartyDetails(buyerName, buyerTaxId, buyerAddress),
                instant(voidedAt),
                voidReason,
                version,
                instant(createdAt),
                instant(updatedAt));
    }

    public InvoiceSummary summary() {
        return new InvoiceSummary(
                id(),
                patientId,
                status,
                number,
                currency,
                total,
                amountPaid,
                instant(issuedAt),
                version,
                instant(createdAt));
    }

    private void require(InvoiceStatus expected, Reason reason, String message) {
        if (status != expected) {
            throw new InvoiceStateException(reason, status, message + "; this invoice is " + status.code());
        }
    }

    private void recomputeTotals() {
        netTotal = sum(InvoiceLine::netAmount);
        discountTotal = sum(InvoiceLine::discountAmount);
        taxTotal = sum(InvoiceLine::taxAmount);
        total = netTotal.add(taxTotal);
    }

    private BigDecimal sum(java.util.function.Function<InvoiceLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    private void touch(Instant now) {
        updatedAt = utc(now);
    }

    /** Microseconds, as PostgreSQL stores them, so what was written is what is read back. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
