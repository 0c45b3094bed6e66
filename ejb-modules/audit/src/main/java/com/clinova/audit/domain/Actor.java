package com.clinova.audit.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who accessed: the caller's name and the staff roles they held, as the container authenticated
 * them. The staff account's id is looked up by the database from the name at the time of the
 * access, so it is exactly the account that signed in, never an id a caller supplied.
 */
public record Actor(String username, List<String> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = List.copyOf(roles);
    }
}
