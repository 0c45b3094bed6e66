package com.clinova.db;

import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants 1 and 3 as the application role experiences them. */
class RlsBehaviourTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static TestDatabase database;
    private static UUID tenantA;
    private static UUID tenantB;

    @BeforeAll
    static void createTenants() throws SQLException {
        database = TestDatabase.create();
        tenantA = database.createTenant("clinic-a", 3);
        tenantB = database.createTenant("clinic-b", 2);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void withoutATenantTheAppSeesNothing() throws SQLException {
        try (Connection app = database.app()) {
            assertEquals(0, count(app, "select count(*) from clinic.patient"));
            assertEquals(0, count(app, "select count(*) from clinic.app_user"));
        }
    }

    @Test
    void anEmptyTenantSettingAlsoSeesNothing() throws SQLException {
        try (Connection app = database.app()) {
            app.setAutoCommit(false);
            TestDatabase.column(app, "select set_config('app.tenant_id', '', true)");
            assertEquals(0, count(app, "select count(*) from clinic.patient"));
            app.rollback();
        }
    }

    @Test
    void theOwnerIsSubjectToRlsToo() throws SQLException {
        try (Connection owner = database.owner()) {
            assertEquals(0, count(owner, "select count(*) from clinic.patient"));
        }
    }

    @Test
    void boundToATheAppSeesOnlyA() throws SQLException {
        try (Connection app = database.app()) {
            inTenant(app, tenantA, c -> {
                assertEquals(3, count(c, "select count(*) from clinic.patient"));
                assertEquals(0, count(c, "select count(*) from clinic.patient where tenant_id <> ?", tenantA));
                assertEquals(1, count(c, "select count(*) from clinic.app_user"));
                assertEquals(0, count(c, "select count(*) from clinic.patient where tenant_id = ?", tenantB));
                return null;
            });
        }
    }

    @Test
    void insertingBsRowWhileBoundToAFails() throws SQLException {
        try (Connection app = database.app()) {
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "insert into clinic.patient (id, tenant_id, given_name, family_name) values (?, ?, 'X', 'Y')",
                                    UUID.randomUUID(),
                                    tenantB)));
            assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void movingARowToAnotherTenantFails() throws SQLException {
        try (Connection app = database.app()) {
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> inTenant(app, tenantA, c -> update(c, "update clinic.patient set tenant_id = ?", tenantB)));
            assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void theAppCannotTouchBsRowsWhileBoundToA() throws SQLException {
        try (Connection app = database.app()) {
            int changed = inTenant(
                    app, tenantA, c -> update(c, "update clinic.patient set notes = 'x' where tenant_id = ?", tenantB));
            int deleted =
                    inTenant(app, tenantA, c -> update(c, "delete from clinic.patient where tenant_id = ?", tenantB));
            assertEquals(0, changed + deleted);
        }
        try (Connection app = database.app()) {
            assertEquals(2, (long) inTenant(app, tenantB, c -> count(c, "select count(*) from clinic.patient")));
        }
    }
}
