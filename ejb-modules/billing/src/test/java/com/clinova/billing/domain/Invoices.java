package com.clinova.billing.domain;

import com.clinova.billing.api.PartyDetails;
import com.clinova.platform.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builder of invoices for tests: a draft of one clinic and patient at a tax rate, with lines. */
final class Invoices {

    static final TenantId CLINIC = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000c11c"));
    static final Instant NOW = Instant.parse("2026-03-02T10:15:30.123456789Z");
    static final PartyDetails SELLER = new PartyDetails("Clínica Dental Sonrisa SL", "B12345678", "Calle Mayor 1");
    static final PartyDetails BUYER = new PartyDetails("María José Núñez García", "12345678Z", null);

    private final UUID patient = UUID.randomUUID();
    private String taxRate = "21.00";
    private final List<LineDraft> lines = new ArrayList<>();

    private Invoices() {}

    static Invoices aDraft() {
        return new Invoices();
    }

    Invoices taxedAt(String percent) {
        this.taxRate = percent;
        return this;
    }

    Invoices with(Lines line) {
        lines.add(line.build());
        return this;
    }

    Invoice build() {
        Invoice invoice = Invoice.draft(CLINIC, patient, "EUR", new BigDecimal(taxRate), NOW);
        lines.forEach(line -> invoice.addLine(line, NOW));
        return invoice;
    }

    Invoice issued() {
        Invoice invoice = build();
        invoice.issue(SELLER, BUYER, NOW);
        return invoice;
    }
}
