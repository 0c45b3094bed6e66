package com.clinova.tenancy.api;

import java.time.Instant;

/** A clinic's logo image as stored, with the time it last changed (for HTTP caching). */
public record TenantLogo(String contentType, byte[] image, Instant updatedAt) {}
