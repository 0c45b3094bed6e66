package com.clinova.db;

import static com.clinova.db.TestDatabase.bindTenant;
import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariant 3: a connection reused across requests (a pool of size one) carries no tenant from
 * one transaction into the next, because the binding is transaction-local.
 */
class PoolLeakTest {

    private static TestDatabase database;
    private static UUID tenantA;
    private static UUID tenantB;

    @BeforeAll
    static void createTenants() throws SQLException {
        database = TestDatabase.create();
        tenantA = database.createTenant("pool-a", 4);
        tenantB = database.createTenant("pool-b", 2);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void theTenantDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection pooled = database.app()) {
            pooled.setAutoCommit(false);
            bindTenant(pooled, tenantA);
            assertEquals(4, count(pooled, "select count(*) from clinic.patient where tenant_id = ?", tenantA));
            pooled.commit();

            pooled.setAutoCommit(true);
            assertEquals(0, count(pooled, "select count(*) from clinic.patient"));
            String leftover = column(pooled, "select current_setting('app.tenant_id', true)")
                    .get(0);
            assertTrue(leftover == null || leftover.isEmpty(), "setting survived the commit: " + leftover);

            pooled.setAutoCommit(false);
            bindTenant(pooled, tenantB);
            assertEquals(2, count(pooled, "select count(*) from clinic.patient"));
            assertEquals(0, count(pooled, "select count(*) from clinic.patient where tenant_id = ?", tenantA));
            pooled.commit();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoTenantEither() throws SQLException {
        try (Connection pooled = database.app()) {
            pooled.setAutoCommit(false);
            bindTenant(pooled, tenantA);
            assertEquals(4, count(pooled, "select count(*) from clinic.patient"));
            pooled.rollback();
            assertEquals(0, count(pooled, "select count(*) from clinic.patient"));
            pooled.rollback();
        }
    }
}
