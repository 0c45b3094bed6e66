package com.clinova.console.api;

import com.clinova.platform.error.RuleViolationException;

/** The {@code limit} query parameter: 1 to a maximum, a 400 naming the field otherwise. */
final class Limits {

    private Limits() {}

    static int parse(String text, int max) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleViolationException("limit", "limit must be a whole number from 1 to " + max + ".");
    }
}
