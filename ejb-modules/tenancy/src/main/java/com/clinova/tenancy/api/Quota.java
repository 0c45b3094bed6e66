package com.clinova.tenancy.api;

import java.util.Arrays;
import java.util.Optional;

/** Something a plan limits. The code is what the database (platform.quota) and clients see. */
public enum Quota {
    /** Active practitioners. */
    PRACTITIONERS("practitioners"),
    /** Registered patients (every registered patient counts until patients can be archived). */
    ACTIVE_PATIENTS("active-patients"),
    /** Requests to the API per minute (enforced with metering). */
    API_REQUESTS_PER_MINUTE("api-requests-per-minute"),
    /** Bytes of stored files (enforced with metering). */
    STORAGE_BYTES("storage-bytes"),
    /** Emails and SMS sent per calendar month (enforced with notifications). */
    MESSAGES_PER_MONTH("messages-per-month");

    private final String code;

    Quota(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The quota with this code; empty for a code this build does not know. */
    public static Optional<Quota> ofCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
    }
}
