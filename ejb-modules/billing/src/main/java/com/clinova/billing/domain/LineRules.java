package com.clinova.billing.domain;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.List;

/**
 * The rules of an invoice line: a description of 1–200 characters, a whole quantity from 1 to
 * 999, a unit price and a gross amount (price × quantity) that fit {@code numeric(12, 2)}, and a
 * discount of 0–100 %. Every broken rule is reported, named as clients name the fields.
 */
public final class LineRules {

    public static final int DESCRIPTION_MAX = 200;
    public static final int QUANTITY_MAX = 999;

    private LineRules() {}

    public static List<FieldViolation> violationsOf(LineDraft line) {
        Violations violations = new Violations();
        violations.text("description", line.description(), DESCRIPTION_MAX);
        if (line.quantity() == null) {
            violations.add("quantity", "is required");
        } else if (line.quantity() < 1 || line.quantity() > QUANTITY_MAX) {
            violations.add("quantity", "must be a whole number from 1 to " + QUANTITY_MAX);
        }
        violations.amount("unitPrice", line.unitPrice());
        violations.percent("discountPercent", line.discountPercent());
        if (!violations.has("unitPrice")
                && !violations.has("quantity")
                && line.unitPrice()
                                .multiply(java.math.BigDecimal.valueOf(line.quantity()))
                                .compareTo(Amounts.MAX)
                        > 0) {
            violations.add("quantity", "makes the line larger than " + Amounts.MAX.toPlainString());
        }
        return violations.list();
    }
}
