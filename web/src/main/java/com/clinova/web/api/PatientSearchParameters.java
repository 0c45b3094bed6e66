package com.clinova.web.api;

import com.clinova.patients.api.PatientKey;
import com.clinova.patients.api.PatientQuery;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The query string of a patient search, checked field by field before anything is read. */
record PatientSearchParameters(
        String name, String phone, String dateOfBirth, String nationalId, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;

    PatientQuery toQuery(PatientCursors cursors) {
        List<FieldViolation> violations = new ArrayList<>();
        int pageSize = parseLimit(violations);
        Optional<LocalDate> birth = parseDate(violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Optional<PatientKey> after = present(cursor).map(cursors::decode);
        try {
            return new PatientQuery(present(name), present(phone), birth, present(nationalId), pageSize, after);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream()
                    .map(PatientSearchParameters::asParameter)
                    .toList());
        }
    }

    /** The query calls the name criterion "name"; this API's parameter is {@code q}. */
    private static FieldViolation asParameter(FieldViolation violation) {
        return violation.field().equals("name") ? new FieldViolation("q", violation.message()) : violation;
    }

    private int parseLimit(List<FieldViolation> violations) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= PatientQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + PatientQuery.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private Optional<LocalDate> parseDate(List<FieldViolation> violations) {
        try {
            return present(dateOfBirth).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation("dateOfBirth", "must be a date as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
