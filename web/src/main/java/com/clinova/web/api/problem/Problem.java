package com.clinova.web.api.problem;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One problem document before it is rendered; {@code slug} names its type URI. {@code members}
 * are the type's own extension members (RFC 9457 §3.2), such as which resource a conflict is
 * about; rendered in name order.
 */
public record Problem(
        String slug,
        String title,
        int status,
        String detail,
        List<FieldViolation> errors,
        Map<String, String> members) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://clinova.example/problems/";

    /** The members RFC 9457 defines (and ours); an extension member must not shadow one. */
    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "requestId", "errors");

    public Problem {
        errors = List.copyOf(errors);
        members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
        for (String name : members.keySet()) {
            if (STANDARD_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("extension member " + name + " shadows a standard member");
            }
        }
    }

    public Problem(String slug, String title, int status, String detail, List<FieldViolation> errors) {
        this(slug, title, status, detail, errors, Map.of());
    }

    public Problem(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, List.of());
    }

    public String type() {
        return TYPE_BASE + slug;
    }
}
