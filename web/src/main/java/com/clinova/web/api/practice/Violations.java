package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Field errors found at the edge (unreadable values) together with the domain's, each field once. */
final class Violations {

    private Violations() {}

    /**
     * {@code unreadable} first; a domain rule about a field already named there is left out (the
     * domain saw that field as absent and would only repeat "is required").
     */
    static List<FieldViolation> merge(List<FieldViolation> unreadable, List<FieldViolation> domain) {
        Set<String> named = unreadable.stream().map(FieldViolation::field).collect(Collectors.toSet());
        List<FieldViolation> all = new ArrayList<>(unreadable);
        domain.stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        return all;
    }
}
