package com.clinova.db;

import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's tables (V12) as the database enforces them: the platform audit trail is
 * append-only for every role and stamped with the database's clock; reserved slugs cannot become
 * clinics; the platform role, which onboarding runs as, sees no clinic rows without a bound clinic.
 */
class PlatformConsoleSchemaTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String APPEND_ONLY = "CR002";
    private static final String CHECK_VIOLATION = "23514";

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void thePlatformAuditTrailIsAppendOnlyForEveryRoleAndStampedByTheDatabase() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection app = database.app()) {
            update(
                    app,
                    "insert into platform.audit_event (id, occurred_at, actor_kind, actor, action, request_id)"
                            + " values (?, '2000-01-01T00:00:00Z', 'operator', 'operator', 'tenant.create', 'r-1')",
                    id);
            assertEquals(
                    1,
                    count(
                            app,
                            "select count(*) from platform.audit_event where id = ?"
                                    + " and occurred_at > now() - interval '1 minute'",
                            id),
                    "the INSERT chose its own time");
            assertEquals(
                    INSUFFICIENT_PRIVILEGE, sqlState(() -> update(app, "update platform.audit_event set actor = 'x'")));
            assertEquals(INSUFFICIENT_PRIVILEGE, sqlState(() -> update(app, "delete from platform.audit_event")));
            assertEquals(INSUFFICIENT_PRIVILEGE, sqlState(() -> update(app, "truncate platform.audit_event")));
        }
        try (Connection platform = database.platform()) {
            assertEquals(
                    INSUFFICIENT_PRIVILEGE,
                    sqlState(() -> update(platform, "delete from platform.audit_event where id = ?", id)));
        }
        try (Connection owner = database.owner()) {
            assertEquals(APPEND_ONLY, sqlState(() -> update(owner, "update platform.audit_event set actor = 'x'")));
            assertEquals(APPEND_ONLY, sqlState(() -> update(owner, "delete from platform.audit_event")));
            assertEquals(APPEND_ONLY, sqlState(() -> update(owner, "truncate platform.audit_event")));
            assertEquals(1, count(owner, "select count(*) from platform.audit_event where id = ?", id));
        }
    }

    @Test
    void reservedSlugsCannotBecomeClinics() throws SQLException {
        try (Connection platform = database.platform()) {
            for (String reserved : new String[] {"admin", "www", "api", "console"}) {
                assertEquals(
                        CHECK_VIOLATION,
                        sqlState(() -> update(
                                platform,
                                "insert into platform.tenant (id, slug) values (?, ?)",
                                UUID.randomUUID(),
                                reserved)));
            }
        }
    }

    @Test
    void thePlatformRoleSeesNoClinicRowsWithoutABoundClinicAndNoRecordsAtAll() throws SQLException {
        database.createTenant("console-rls", 3);
        try (Connection platform = database.platform()) {
            assertEquals(0, count(platform, "select count(*) from clinic.patient"));
            assertEquals(0, count(platform, "select count(*) from clinic.app_user"));
            assertEquals(
                    INSUFFICIENT_PRIVILEGE,
                    sqlState(() -> count(platform, "select count(*) from clinic.treatment_note")));
            assertEquals(
                    INSUFFICIENT_PRIVILEGE, sqlState(() -> count(platform, "select count(*) from clinic.invoice")));
            assertTrue(count(platform, "select count(*) from platform.tenant where slug = 'console-rls'") == 1);
        }
    }

    @Test
    void anIdempotencyKeyBindsOneClinic() throws SQLException {
        UUID tenant = database.createTenant("console-key", 0);
        try (Connection platform = database.platform()) {
            String insert =
                    "insert into platform.onboarding_request (idempotency_key, fingerprint, tenant, requested_by,"
                            + " admin_username, sample_data) values (?, repeat('a', 64), ?, 'self-service:x', 'x', false)";
            update(platform, insert, "key-12345678", tenant);
            assertEquals("23505", sqlState(() -> update(platform, insert, "key-12345678", tenant)));
        }
    }

    @FunctionalInterface
    private interface Sql {
        void run() throws SQLException;
    }

    private static String sqlState(Sql sql) {
        return assertThrows(SQLException.class, sql::run).getSQLState();
    }
}
