package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.api.EntityTags;
import jakarta.ws.rs.WebApplicationException;

/** The If-Match rules every practice update follows, like patients: required (428), then compared (412). */
final class Preconditions {

    private static final int PRECONDITION_REQUIRED = 428;

    private Preconditions() {}

    /** Matches no stored version, so the service refuses the write as stale (412). */
    static final long NO_VERSION = -1;

    /**
     * The version the update may be based on: {@code current} when If-Match admits it, else one
     * that is never current, which makes the service answer 412.
     */
    static long version(String ifMatch, long current) {
        require(ifMatch);
        return EntityTags.expected(ifMatch).admits(current) ? current : NO_VERSION;
    }

    static void require(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
    }

    static <T> T body(T input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        return input;
    }
}
