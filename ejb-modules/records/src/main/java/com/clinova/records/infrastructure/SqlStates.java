package com.clinova.records.infrastructure;

import java.sql.SQLException;

/** Finds the SQLState a database failure carries somewhere in its cause chain. */
final class SqlStates {

    static final String UNIQUE_VIOLATION = "23505";
    /** Raised by V9's trigger for any change of a signed treatment note. */
    static final String SIGNED_RECORD = "CR001";

    private SqlStates() {}

    static boolean is(Throwable thrown, String state) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
