package com.clinova.tenancy.api;

import java.time.Instant;

/**
 * A clinic's custom domain: {@code active} once verified (requests to it reach the clinic's
 * portal), else {@code pending} with the DNS TXT record the clinic must publish to prove it
 * controls the domain, and what the last check found.
 */
public record CustomDomainView(
        String domain, String status, String recordName, String recordValue, Instant checkedAt, String failure) {

    public static final String ACTIVE = "active";
    public static final String PENDING = "pending";

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
