package com.clinova.records.api;

import java.io.Serializable;
import java.util.Set;

/**
 * The versions of a draft a change may be based on: the one the author last read, any of several
 * (an HTTP {@code If-Match} list), or whatever is current ({@code any}). Checked inside the
 * change's own transaction, so the note is read once, by the change itself.
 */
public record ExpectedVersions(boolean any, Set<Long> versions) implements Serializable {

    public ExpectedVersions {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersions exactly(long version) {
        return new ExpectedVersions(false, Set.of(version));
    }

    public boolean admits(long version) {
        return any || versions.contains(version);
    }
}
