package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** A staff account of the bound clinic as others may see it: never its password hash. */
public record StaffAccount(UUID id, String username, String displayName, Set<String> roles, boolean active)
        implements Serializable {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
