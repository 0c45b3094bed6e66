package com.clinova.platform.error;

/**
 * The object does not exist for the current tenant. Deliberately the same answer whether the id
 * never existed or belongs to another clinic, so callers cannot probe other tenants.
 */
public class ResourceNotFoundException extends ClinovaException {

    public ResourceNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
