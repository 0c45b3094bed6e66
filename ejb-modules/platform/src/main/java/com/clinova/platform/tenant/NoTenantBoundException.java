package com.clinova.platform.tenant;

/** Tenant data was requested outside a tenant-bound unit of work: a programming error. */
public class NoTenantBoundException extends IllegalStateException {

    public NoTenantBoundException() {
        super("No tenant is bound to this unit of work");
    }
}
