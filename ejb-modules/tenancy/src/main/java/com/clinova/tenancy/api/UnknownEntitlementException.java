package com.clinova.tenancy.api;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/** A feature or quota code this build does not know: a 404 of its own type. */
public class UnknownEntitlementException extends ResourceNotFoundException implements SpecificProblem {

    private final String kind;
    private final String code;

    private UnknownEntitlementException(String kind, String code) {
        super(kind, "'" + code + "'");
        this.kind = kind;
        this.code = code;
    }

    public static UnknownEntitlementException feature(String code) {
        return new UnknownEntitlementException("feature", code);
    }

    public static UnknownEntitlementException quota(String code) {
        return new UnknownEntitlementException("quota", code);
    }

    @Override
    public String problemSlug() {
        return "unknown-" + kind;
    }

    @Override
    public String problemTitle() {
        return "feature".equals(kind) ? "Unknown feature" : "Unknown quota";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of(kind, code == null ? "" : code);
    }
}
