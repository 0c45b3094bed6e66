package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.NameKey;
import com.clinova.practice.api.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code limit} and {@code cursor} of a keyset-paginated practice list, checked before any read. */
record ListParameters(int limit, Optional<NameKey> after) {

    static final int DEFAULT_LIMIT = 50;

    /** @throws RuleViolationException naming each bad parameter */
    static ListParameters parse(String list, String limit, String cursor, PracticeCursors cursors) {
        List<FieldViolation> violations = new ArrayList<>();
        int size = parseLimit(limit, violations);
        Optional<NameKey> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Optional.of(cursors.decode(list, cursor.trim()));
            } catch (RuleViolationException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new ListParameters(size, after);
    }

    private static int parseLimit(String limit, List<FieldViolation> violations) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.trim());
            if (size >= 1 && size <= Page.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + Page.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }
}
