package com.clinova.web.api;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.Sex;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A patient as clients send it. Dates and codes arrive as strings so a bad one becomes a named
 * field error instead of an unreadable body; the domain checks everything else.
 */
public record PatientInput(
        String givenName,
        String familyName,
        String dateOfBirth,
        String sex,
        String phone,
        String email,
        String nationalId,
        String address,
        String notes) {

    /**
     * @throws RuleViolationException naming every unreadable field and, with them, every rule the
     *     readable rest breaks (asked of {@code patients}), so clients fix everything in one go
     */
    PatientDetails toDetails(PatientService patients) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate birth = parseDate(violations);
        Sex parsedSex = parseSex(violations);
        PatientDetails details =
                new PatientDetails(givenName, familyName, birth, parsedSex, phone, email, nationalId, address, notes);
        if (!violations.isEmpty()) {
            violations.addAll(patients.violationsOf(details));
            throw new RuleViolationException(violations);
        }
        return details;
    }

    private LocalDate parseDate(List<FieldViolation> violations) {
        if (dateOfBirth == null || dateOfBirth.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dateOfBirth.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation("dateOfBirth", "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private Sex parseSex(List<FieldViolation> violations) {
        if (sex == null || sex.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(sex.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("sex", "must be one of female, male, other, unknown"));
            return null;
        }
    }
}
