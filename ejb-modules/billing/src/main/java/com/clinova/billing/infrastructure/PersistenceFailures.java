package com.clinova.billing.infrastructure;

import java.sql.SQLException;
import java.util.Optional;

/** Reads what PostgreSQL said from the exceptions JPA wraps it in. */
final class PersistenceFailures {

    static final String UNIQUE_VIOLATION = "23505";

    private PersistenceFailures() {}

    static Optional<SQLException> sqlCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    static boolean isUniqueViolation(Throwable thrown) {
        return sqlCause(thrown)
                .map(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState()))
                .orElse(false);
    }

    /** The message of the database error, which names the offending key values. */
    static String message(Throwable thrown) {
        return sqlCause(thrown).map(Throwable::getMessage).orElse("");
    }
}
