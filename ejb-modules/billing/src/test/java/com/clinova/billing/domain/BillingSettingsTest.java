package com.clinova.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BillingSettingsTest {

    @Test
    void storesCleanedDetails() {
        BillingSettings settings = BillingSettings.create(
                Invoices.CLINIC,
                new BillingSettingsDetails(
                        new BigDecimal("21"), " son- ", "  Sonrisa   SL ", "B12345678", "Calle 1\n28001 Madrid "),
                Invoices.NOW);

        BillingSettingsView view = settings.view();
        assertEquals(new BigDecimal("21.00"), view.details().taxRate());
        assertEquals("SON-", view.details().invoicePrefix());
        assertEquals("Sonrisa SL", view.details().legalName());
        assertEquals("Calle 1\n28001 Madrid", view.details().address());
        assertEquals(true, view.configured());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> BillingSettings.create(
                        Invoices.CLINIC,
                        new BillingSettingsDetails(new BigDecimal("100.5"), "-X", " ", "B1234#", null),
                        Invoices.NOW));

        assertEquals(
                Set.of("taxRate", "invoicePrefix", "legalName", "taxId", "address"),
                e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet()));
    }
}
