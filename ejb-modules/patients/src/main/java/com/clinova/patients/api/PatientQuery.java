package com.clinova.patients.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A patient search. Every given criterion must match: {@code name} words each prefix-match a word
 * of the patient's name (accents and case ignored), {@code phone} digits occur in the phone
 * number, date of birth and national id match exactly. Results come in name order, {@code limit}
 * at a time, after {@code after}.
 */
public record PatientQuery(
        Optional<String> name,
        Optional<String> phone,
        Optional<LocalDate> dateOfBirth,
        Optional<String> nationalId,
        int limit,
        Optional<PatientKey> after) {

    public static final int MAX_LIMIT = 100;

    /** @throws RuleViolationException for a criterion with control characters (unsearchable) */
    public PatientQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<FieldViolation> violations = new ArrayList<>();
        requirePlain("name", name, violations);
        requirePlain("phone", phone, violations);
        requirePlain("nationalId", nationalId, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static void requirePlain(String field, Optional<String> value, List<FieldViolation> violations) {
        if (!PlainText.isSingleLine(value.orElse(null))) {
            violations.add(new FieldViolation(field, "must not contain control characters"));
        }
    }
}
