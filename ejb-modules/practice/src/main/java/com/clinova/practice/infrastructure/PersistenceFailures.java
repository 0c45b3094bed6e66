package com.clinova.practice.infrastructure;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Flushes a unit of work and turns what the database refused into the errors clients act on: a
 * lost update into {@link StaleVersionException}, a unique or exclusion constraint into a {@link
 * ConflictException} worded for the constraint that fired. Anything else is a bug and propagates.
 */
final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private PersistenceFailures() {}

    /**
     * @param conflicts constraint name → the message clients get when it is violated
     */
    static void flush(EntityManager em, String what, long version, Map<String, String> conflicts) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(what, version);
        } catch (PersistenceException e) {
            Optional<SQLException> sql = sqlCause(e);
            if (sql.isPresent() && isConflict(sql.get())) {
                String message = sql.get().getMessage();
                for (Map.Entry<String, String> conflict : conflicts.entrySet()) {
                    if (message != null && message.contains("\"" + conflict.getKey() + "\"")) {
                        throw new ConflictException(conflict.getValue());
                    }
                }
            }
            throw e;
        }
    }

    private static boolean isConflict(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState()) || EXCLUSION_VIOLATION.equals(e.getSQLState());
    }

    private static Optional<SQLException> sqlCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
