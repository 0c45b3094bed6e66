package com.clinova.patients.api;

import java.util.Set;

/**
 * The versions a change may be based on: one the client last read, any of several (an HTTP
 * {@code If-Match} list), or whatever is current ({@code If-Match: *}). Checked inside the
 * change's own transaction, so the patient is read once, by the change itself.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(false, Set.of(version));
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(false, versions);
    }

    public static ExpectedVersion anyVersion() {
        return new ExpectedVersion(true, Set.of());
    }

    public boolean admits(long version) {
        return any || versions.contains(version);
    }
}
