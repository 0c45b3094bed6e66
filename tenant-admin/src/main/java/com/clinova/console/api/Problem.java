package com.clinova.console.api;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One RFC 9457 problem document before rendering; the type URIs are the clinic API's
 * ({@code https://clinova.example/problems/<slug>}), so clients handle both APIs alike.
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

    public Problem {
        errors = List.copyOf(errors);
        members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
    }

    public Problem(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, List.of(), Map.of());
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public static Problem unknownHost() {
        return new Problem("unknown-clinic", "Unknown clinic", 404, "No clinic or console is served at this address.");
    }

    public static Problem unavailable() {
        return new Problem(
                "service-unavailable",
                "Service unavailable",
                503,
                "Clinova cannot reach its database; try again shortly.");
    }

    public static Problem notAuthenticated() {
        return new Problem(
                "not-authenticated",
                "Not authenticated",
                401,
                "Send a valid bearer token (POST /admin/api/v1/auth/token).");
    }

    public static Problem invalidToken() {
        return new Problem(
                "invalid-token", "Invalid token", 401, "The bearer token is invalid, expired or not for this host.");
    }

    public static Problem forbidden() {
        return new Problem("forbidden", "Forbidden", 403, "Your role does not allow this action.");
    }

    public static Problem notFound() {
        return new Problem("not-found", "Not found", 404, "There is nothing at this address.");
    }

    public static Problem internal() {
        return new Problem("internal-error", "Internal error", 500, "Something went wrong on our side.");
    }
}
