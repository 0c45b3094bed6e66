package com.clinova.billing.domain;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.List;
import java.util.regex.Pattern;

/** The rules of billing settings (see {@link BillingSettings}); every broken rule is reported. */
final class SettingsRules {

    static final Pattern PREFIX = Pattern.compile("^[A-Z0-9][A-Z0-9/-]{0,11}$");
    private static final Pattern TAX_ID = Pattern.compile("^[A-Za-z0-9 ./-]{1,40}$");

    private SettingsRules() {}

    /** @throws RuleViolationException naming every broken rule */
    static void check(BillingSettingsDetails details) {
        List<FieldViolation> violations = violationsOf(details);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    static List<FieldViolation> violationsOf(BillingSettingsDetails d) {
        Violations violations = new Violations();
        violations.percent("taxRate", d.taxRate());
        if (d.invoicePrefix() == null) {
            violations.add("invoicePrefix", "is required");
        } else if (!PREFIX.matcher(d.invoicePrefix()).matches()) {
            violations.add("invoicePrefix", "must be 1-12 letters, digits, / or -, starting with a letter or digit");
        }
        violations.text("legalName", d.legalName(), 200);
        violations.text("taxId", d.taxId(), 40);
        if (!violations.has("taxId") && !TAX_ID.matcher(d.taxId()).matches()) {
            violations.add("taxId", "must be letters, digits, spaces, . / or -");
        }
        violations.multiLineText("address", d.address(), 400);
        return violations.list();
    }
}
