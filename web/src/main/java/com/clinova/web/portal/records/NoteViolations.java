package com.clinova.web.portal.records;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.web.portal.PortalMessages;
import java.util.List;
import java.util.Set;

/**
 * Puts the records context's broken rules next to the note fields they concern, in the page's
 * language (the context words its messages in English for API clients).
 */
final class NoteViolations {

    private static final Set<String> FIELDS =
            Set.of("chiefComplaint", "findings", "diagnosis", "diagnosisCode", "procedures", "plan", "text", "reason");

    private final String formId;

    NoteViolations(String formId) {
        this.formId = formId;
    }

    void show(List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            if (FIELDS.contains(violation.field())) {
                PortalMessages.error(formId + ":" + violation.field(), "records.violation." + violation.field());
            } else if (violation.field().equals("content")) {
                PortalMessages.error(null, "records.violation.content");
            } else {
                PortalMessages.error(null, "violation.other");
            }
        }
    }
}
