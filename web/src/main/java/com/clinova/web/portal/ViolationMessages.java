package com.clinova.web.portal;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.List;
import java.util.Set;

/**
 * Puts the patients context's broken rules next to the inputs they concern. The context words
 * its messages in English for API clients; the portal shows its own localized text per field
 * instead, and a violation of a field the form does not know still reaches the user at the top.
 */
final class ViolationMessages {

    private static final Set<String> FIELDS =
            Set.of("givenName", "familyName", "dateOfBirth", "sex", "phone", "email", "nationalId", "address", "notes");

    private final String formId;

    ViolationMessages(String formId) {
        this.formId = formId;
    }

    void show(List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            if (FIELDS.contains(violation.field())) {
                PortalMessages.error(formId + ":" + violation.field(), "violation." + violation.field());
            } else {
                PortalMessages.error(null, "violation.other");
            }
        }
        PortalMessages.error(null, "patient.checkFields");
    }
}
