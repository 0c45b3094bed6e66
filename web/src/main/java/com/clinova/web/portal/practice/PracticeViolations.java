package com.clinova.web.portal.practice;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.web.portal.PortalMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the practice context's broken rules next to the inputs they concern, in the page's
 * language: the context words its messages in English for API clients, so the portal shows its
 * own text per field ({@code practice.violation.<field>}). A week's {@code blocks[i]} is shown at
 * the top, naming the row; any other field the form does not show is reported at the top too.
 */
final class PracticeViolations {

    private static final Pattern BLOCK = Pattern.compile("^blocks\\[(\\d+)]");

    private PracticeViolations() {}

    /** The form's fields by name, each shown at the input of the same id. */
    static Map<String, String> sameIds(String... fields) {
        Map<String, String> ids = new HashMap<>();
        for (String field : fields) {
            ids.put(field, field);
        }
        return Map.copyOf(ids);
    }

    /**
     * @param inputs the fields this form shows, mapped to the ids of their inputs
     */
    static void show(String formId, Map<String, String> inputs, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            Matcher block = BLOCK.matcher(violation.field());
            if (inputs.containsKey(violation.field())) {
                PortalMessages.error(
                        formId + ":" + inputs.get(violation.field()), "practice.violation." + violation.field());
            } else if (block.find()) {
                PortalMessages.error(null, "practice.week.blockProblem", Integer.parseInt(block.group(1)) + 1);
            } else {
                PortalMessages.error(null, "violation.other");
            }
        }
        PortalMessages.error(null, "practice.checkFields");
    }
}
