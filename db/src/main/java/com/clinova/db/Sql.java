package com.clinova.db;

/** Quoting for the few statements (DDL on roles and databases) that cannot take bind parameters. */
public final class Sql {

    private Sql() {}

    public static String identifier(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Invalid SQL identifier: " + name);
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Relies on standard_conforming_strings (on since PostgreSQL 9.1): backslashes are literal. */
    public static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("SQL literal contains a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
