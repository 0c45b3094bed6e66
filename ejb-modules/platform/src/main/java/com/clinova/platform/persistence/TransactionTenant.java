package com.clinova.platform.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Remembers which tenant a JTA transaction was bound to and refuses another one. A transaction
 * shares one physical connection, so switching the tenant half-way (a nested {@code callAs}, a
 * second persistence unit) would silently run earlier work's statements as the other clinic.
 */
final class TransactionTenant {

    private static final String KEY = TransactionTenant.class.getName();
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private TransactionTenant() {}

    /**
     * @throws TenantSwitchException when the current transaction was bound to another tenant
     */
    static void claim(String tenant) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            return; // no global transaction: the setting dies with the statement's own transaction
        }
        Object bound = registry.getResource(KEY);
        if (bound == null) {
            registry.putResource(KEY, tenant);
        } else if (!bound.equals(tenant)) {
            throw new TenantSwitchException();
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            return null; // outside a container (unit tests, tools)
        }
    }

    /** Work for one clinic tried to continue a transaction that another clinic's work began. */
    static final class TenantSwitchException extends IllegalStateException {
        TenantSwitchException() {
            super("The tenant changed inside a transaction; start a new transaction for the other clinic");
        }
    }
}
