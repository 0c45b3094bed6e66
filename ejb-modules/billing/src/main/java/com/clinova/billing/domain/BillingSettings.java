package com.clinova.billing.domain;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.billing.api.PartyDetails;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A clinic's billing settings, one row per clinic. Invariants: a tax rate of 0–100 % with two
 * decimals; an invoice prefix of 1–12 capital letters, digits, "/" or "-" (starting with a letter
 * or digit); legal name, tax id and address present. Changes to them affect invoices drafted
 * (rate) or issued (prefix, legal details) afterwards, never existing ones.
 */
@Entity
@Table(schema = "clinic", name = "billing_settings")
public class BillingSettings {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "tax_rate", nullable = false)
    private BigDecimal taxRate;

    @Column(name = "invoice_prefix", nullable = false)
    private String invoicePrefix;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "tax_id", nullable = false)
    private String taxId;

    @Column(nullable = false)
    private String address;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected BillingSettings() {}

    public static BillingSettings create(TenantId clinic, BillingSettingsDetails details, Instant now) {
        BillingSettings settings = new BillingSettings();
        settings.tenantId = clinic.value();
        settings.change(details, now);
        return settings;
    }

    public void change(BillingSettingsDetails details, Instant now) {
        BillingSettingsDetails clean = normalise(details);
        SettingsRules.check(clean);
        taxRate = clean.taxRate().setScale(Amounts.SCALE);
        invoicePrefix = clean.invoicePrefix();
        legalName = clean.legalName();
        taxId = clean.taxId();
        address = clean.address();
        updatedAt = Invoice.utc(now);
    }

    public static List<FieldViolation> violationsOf(BillingSettingsDetails details) {
        return SettingsRules.violationsOf(normalise(details));
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    public long version() {
        return version;
    }

    /** Who invoices are from, as printed on them. */
    public PartyDetails seller() {
        return new PartyDetails(legalName, taxId, address);
    }

    public BillingSettingsView view() {
        return new BillingSettingsView(
                new BillingSettingsDetails(taxRate, invoicePrefix, legalName, taxId, address),
                true,
                version,
                updatedAt.toInstant());
    }

    private static BillingSettingsDetails normalise(BillingSettingsDetails d) {
        String prefix = Violations.clean(d.invoicePrefix());
        String address = d.address() == null ? null : d.address().strip();
        return new BillingSettingsDetails(
                d.taxRate(),
                prefix == null ? null : prefix.toUpperCase(Locale.ROOT),
                Violations.clean(d.legalName()),
                Violations.clean(d.taxId()),
                address == null || address.isEmpty() ? null : address);
    }
}
