package com.clinova.db.demo;

import java.math.BigDecimal;

/**
 * The billing settings of a demo clinic, so its staff can draft and issue invoices at once: the
 * tax rate (Spain's and Portugal's standard VAT), the invoice prefix and the legal details
 * printed on invoices.
 */
record DemoBilling(BigDecimal taxRate, String invoicePrefix, String legalName, String taxId, String address) {

    static DemoBilling of(String slug) {
        return switch (slug) {
            case DemoTenants.SONRISA -> new DemoBilling(
                    new BigDecimal("21.00"),
                    "SON-",
                    "Clínica Dental Sonrisa S.L.",
                    "B87654321",
                    "Calle de Alcalá 120\n28009 Madrid");
            case DemoTenants.LUMIERE -> new DemoBilling(
                    new BigDecimal("23.00"),
                    "LUM-",
                    "Lumière Estética, Lda.",
                    "509876543",
                    "Avenida da Liberdade 180\n1250-146 Lisboa");
            default -> throw new IllegalArgumentException("No demo billing for " + slug);
        };
    }
}
