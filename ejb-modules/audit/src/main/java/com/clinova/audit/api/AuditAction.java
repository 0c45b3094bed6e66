package com.clinova.audit.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What an access did. Deliberately a handful of verbs: the object type says what was acted on
 * (booking an appointment is a {@code CREATE} of an {@code appointment}, signing a note an {@code
 * UPDATE} of a {@code clinical_note}), so questions such as "who changed anything of patient X"
 * stay one filter.
 */
public enum AuditAction {
    CREATE,
    READ,
    UPDATE,
    DELETE,
    /** A search or list; the access names every patient it returned. */
    SEARCH,
    /** Data that left Clinova in bulk: a download, a printout, a CSV. */
    EXPORT;

    /** The lower-case code stored in the database and used by the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditAction> ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
