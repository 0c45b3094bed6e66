package com.clinova.records.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The staff member a record is written by: their account id, which the database ties to the
 * clinic's staff, and their name as a signature shows it.
 */
public record Clinician(UUID userId, String displayName) {

    public Clinician {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(displayName, "display name");
    }
}
