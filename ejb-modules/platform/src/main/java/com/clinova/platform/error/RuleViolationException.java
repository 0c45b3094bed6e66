package com.clinova.platform.error;

import java.util.List;

/** Input broke a domain rule; {@link #violations()} names each offending field. */
public class RuleViolationException extends ClinovaException {

    private final List<FieldViolation> violations;

    public RuleViolationException(List<FieldViolation> violations) {
        super("The request breaks " + violations.size() + " rule(s)");
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One broken rule on one field. */
    public record FieldViolation(String field, String message) {}
}
