package com.clinova.platform.error;

/**
 * The caller's role (or their relation to the object) does not allow this action, although they
 * may see the object: e.g. a practitioner completing a colleague's appointment. A 403, decided by
 * a rule the container's role check alone cannot express.
 */
public class NotPermittedException extends ClinovaException {

    public NotPermittedException(String message) {
        super(message);
    }
}
