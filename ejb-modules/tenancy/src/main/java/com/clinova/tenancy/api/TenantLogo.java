package com.clinova.tenancy.api;

import java.time.Instant;

/**
 * A clinic's logo image as stored, with the time it last changed and the SHA-256 of its bytes
 * (hex; its strong HTTP entity tag).
 */
public record TenantLogo(String contentType, byte[] image, Instant updatedAt, String sha256) {

    /** The short form of the hash used as the version in the logo's URL. */
    public String version() {
        return sha256.substring(0, 16);
    }
}
