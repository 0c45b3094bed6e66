package com.clinova.tenancy.domain;

import java.sql.SQLException;

/**
 * The database refused part of a new clinic. The transaction rolls back whole; the SQL state
 * tells a lost race on a unique key ({@code 23505}) from a genuine failure.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ProvisioningFailedException extends RuntimeException {

    public ProvisioningFailedException(SQLException cause) {
        super("Provisioning failed: " + cause.getMessage(), cause);
    }

    public boolean isUniqueViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
