package com.clinova.web.api.problem;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.List;

/** One problem document before it is rendered; {@code slug} names its type URI. */
public record Problem(String slug, String title, int status, String detail, List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://clinova.example/problems/";

    public Problem {
        errors = List.copyOf(errors);
    }

    public Problem(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, List.of());
    }

    public String type() {
        return TYPE_BASE + slug;
    }
}
