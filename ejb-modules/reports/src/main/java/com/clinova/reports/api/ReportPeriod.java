package com.clinova.reports.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The local days [{@code from}, {@code to}) a report covers, at most {@link #MAX_DAYS} of them so
 * that one request cannot scan years of bookings.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** @throws RuleViolationException naming {@code from}/{@code to} when the period is not usable */
    public ReportPeriod {
        List<FieldViolation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "is required"));
        }
        if (from != null && to != null) {
            long days = ChronoUnit.DAYS.between(from, to);
            if (days <= 0) {
                violations.add(new FieldViolation("to", "must be after from"));
            } else if (days > MAX_DAYS) {
                violations.add(new FieldViolation("to", "must be at most " + MAX_DAYS + " days after from"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
