package com.clinova.platform.error;

import java.util.Map;

/**
 * A failure with its own problem type, more precise than the generic one of its kind (e.g. a
 * conflict that is specifically "this note is signed"). Clients switch on the type, so a slug
 * once published never changes meaning.
 */
public interface SpecificProblem {

    /** The last segment of the problem's type URI, e.g. {@code note-signed}. */
    String problemSlug();

    /** A short summary of the problem type that does not vary from one occurrence to the next. */
    String problemTitle();

    /**
     * The type's own extension members (RFC 9457 §3.2), such as the amount still open on an
     * invoice a payment exceeded; none unless the type defines some.
     */
    default Map<String, String> problemMembers() {
        return Map.of();
    }
}
