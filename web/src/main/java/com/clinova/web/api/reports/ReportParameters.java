package com.clinova.web.api.reports;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueBreakdown;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Query parameters of the report endpoints, checked all at once so one answer lists every mistake. */
final class ReportParameters {

    private final List<FieldViolation> violations = new ArrayList<>();

    static ReportPeriod period(String from, String to) {
        ReportParameters parameters = new ReportParameters();
        LocalDate first = parameters.date("from", from);
        LocalDate end = parameters.date("to", to);
        parameters.check();
        return new ReportPeriod(first, end);
    }

    static DayListRequest dayList(String practitionerId, String date) {
        ReportParameters parameters = new ReportParameters();
        UUID practitioner = parameters.id("practitionerId", practitionerId);
        LocalDate day = parameters.date("date", date);
        parameters.check();
        return new DayListRequest(practitioner, day);
    }

    static RevenueRequest revenue(String from, String to, String by) {
        ReportParameters parameters = new ReportParameters();
        LocalDate first = parameters.date("from", from);
        LocalDate end = parameters.date("to", to);
        RevenueBreakdown breakdown = by == null || by.isBlank()
                ? RevenueBreakdown.MONTH
                : RevenueBreakdown.ofCode(by.trim()).orElse(null);
        if (breakdown == null) {
            parameters.violations.add(new FieldViolation("by", "must be month, practitioner or service"));
        }
        parameters.check();
        return new RevenueRequest(new ReportPeriod(first, end), breakdown);
    }

    record RevenueRequest(ReportPeriod period, RevenueBreakdown breakdown) {}

    record DayListRequest(UUID practitionerId, LocalDate day) {}

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(name, "is required"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private UUID id(String name, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(name, "is required"));
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(name, "must be an id"));
            return null;
        }
    }

    private void check() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
