package com.clinova.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A failure the client can act on. Marked as an application exception so EJB containers pass it
 * through unwrapped and roll the transaction back.
 */
@ApplicationException(inherited = true, rollback = true)
public abstract class ClinovaException extends RuntimeException {

    protected ClinovaException(String message) {
        super(message);
    }
}
