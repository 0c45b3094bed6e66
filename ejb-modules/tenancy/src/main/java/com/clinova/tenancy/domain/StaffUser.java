package com.clinova.tenancy.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A staff user of the bound clinic as stored: the password hash never leaves the tenancy
 * context. Only active users may sign in.
 */
public record StaffUser(
        UUID id, String username, String displayName, String passwordHash, Set<String> roles, boolean active) {}
