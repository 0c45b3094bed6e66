package com.clinova.web.api;

import com.clinova.patients.api.PatientKey;
import com.clinova.patients.api.PatientQuery;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.LocalDate;
import java.util.Optional;

/** The query string of a patient search, checked field by field before anything is read. */
record PatientSearchParameters(
        String name, String phone, String dateOfBirth, String nationalId, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;

    PatientQuery toQuery(PatientCursors cursors) {
        RequestFields fields = new RequestFields();
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, PatientQuery.MAX_LIMIT);
        Optional<LocalDate> birth = Optional.ofNullable(fields.date("dateOfBirth", dateOfBirth));
        fields.throwIfAny();
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

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
