package com.clinova.patients.domain;

import com.clinova.patients.api.PatientDetails;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every patient's details obey. All broken rules are reported at once, named by the
 * field names clients use, so a form can mark every wrong field in one round trip.
 */
final class PatientRules {

    static final int NAME_MAX = 100;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,30}$");
    private static final Pattern NATIONAL_ID = Pattern.compile("^[A-Z0-9./-]{3,32}$");

    private static final String CONTROL_CHARACTERS = "must not contain control characters";

    private final List<FieldViolation> violations = new ArrayList<>();

    private PatientRules() {}

    static void check(PatientDetails details, LocalDate today) {
        List<FieldViolation> violations = violationsOf(details, today);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    static List<FieldViolation> violationsOf(PatientDetails details, LocalDate today) {
        PatientRules rules = new PatientRules();
        rules.required("givenName", details.givenName(), NAME_MAX);
        rules.required("familyName", details.familyName(), NAME_MAX);
        rules.birthDate(details.dateOfBirth(), today);
        rules.matches("phone", details.phone(), PHONE, "must be a phone number (digits, spaces, + ( ) - .)");
        rules.matches("email", details.email(), EMAIL, "must be an e-mail address");
        rules.matches("nationalId", details.nationalId(), NATIONAL_ID, "must be 3-32 letters, digits, . / -");
        rules.maxLength("email", details.email(), 254);
        rules.maxLength("address", details.address(), 300);
        rules.maxLength("notes", details.notes(), 2000);
        rules.plain(details);
        return List.copyOf(rules.violations);
    }

    /** PostgreSQL cannot store NUL, and no one types control characters into a name. */
    private void plain(PatientDetails d) {
        singleLine("givenName", d.givenName());
        singleLine("familyName", d.familyName());
        singleLine("phone", d.phone());
        singleLine("email", d.email());
        singleLine("nationalId", d.nationalId());
        if (!PlainText.isMultiLine(d.address())) {
            violations.add(new FieldViolation("address", CONTROL_CHARACTERS));
        }
        if (!PlainText.isMultiLine(d.notes())) {
            violations.add(new FieldViolation("notes", CONTROL_CHARACTERS));
        }
    }

    private void singleLine(String field, String value) {
        if (!PlainText.isSingleLine(value)
                && violations.stream().noneMatch(v -> v.field().equals(field))) {
            violations.add(new FieldViolation(field, CONTROL_CHARACTERS));
        }
    }

    private void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else {
            maxLength(field, value, max);
        }
    }

    private void birthDate(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(EARLIEST_BIRTH))) {
            violations.add(new FieldViolation("dateOfBirth", "must be between 1900-01-01 and today"));
        }
    }

    private void matches(String field, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new FieldViolation(field, message));
        }
    }

    private void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, "must have at most " + max + " characters"));
        }
    }
}
