package com.clinova.audit.api;

import java.util.List;
import java.util.Optional;

/** One page of the trail, newest first, and the sequence number to continue below when more follow. */
public record AuditPage(List<AuditEntry> items, Optional<Long> nextBefore) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
