package com.clinova.db;

/** A login role and its password; the password is never printed. */
public record Credentials(String user, String password) {

    @Override
    public String toString() {
        return user;
    }
}
