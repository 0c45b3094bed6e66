package com.clinova.audit.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a filtered trail, newest first: at most {@code limit} rows with a sequence number
 * below {@code before} (keyset pagination; empty for the first page).
 */
public record AuditQuery(AuditFilter filter, int limit, Optional<Long> before) {

    public static final int MAX_LIMIT = 200;

    public AuditQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
