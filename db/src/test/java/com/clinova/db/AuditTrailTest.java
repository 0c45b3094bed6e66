package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as the database enforces it: append-only for the application role, one gapless
 * hash chain per clinic whatever the INSERT says, and a verification that names the first
 * sequence number an owner's change broke. Each test uses a clinic of its own.
 */
class AuditTrailTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String VERIFY = "select rows_checked || '|' || coalesce(first_broken_seq::text, 'intact')"
            + " || '|' || head_seq from clinic.audit_chain_verify()";

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
    void appendsFormAGaplessSealedChainPerClinic() throws SQLException {
        UUID a = database.createTenant("audit-chain-a", 1);
        UUID b = database.createTenant("audit-chain-b", 1);
        append(a, 3);
        append(b, 2);
        append(a, 1);

        assertEquals("4|intact|4", verify(a));
        assertEquals("2|intact|2", verify(b));
        try (Connection app = database.app()) {
            assertEquals(
                    List.of("1", "2", "3", "4"),
                    inTenant(app, a, c -> column(c, "select seq from clinic.audit_event order by seq")));
        }
    }

    @Test
    void theDatabaseNotTheCallerNumbersTimesAndSealsARow() throws SQLException {
        UUID clinic = database.createTenant("audit-forge", 1);
        append(clinic, 1);
        try (Connection app = database.app()) {
            inTenant(
                    app,
                    clinic,
                    c -> update(
                            c,
                            "insert into clinic.audit_event (id, tenant_id, seq, occurred_at, actor_id, actor_username,"
                                    + " actor_roles, action, object_type, patient_ids, prev_hash, hash)"
                                    + " values (?, ?, 999, '2000-01-01', ?, 'admin', array['billing', 'billing'], 'read',"
                                    + " 'patient', '{}', ?, ?)",
                            UUID.randomUUID(),
                            clinic,
                            UUID.randomUUID(),
                            new byte[32],
                            new byte[32]));
            List<String> row = inTenant(
                    app,
                    clinic,
                    c -> column(
                            c,
                            "select seq || '|' || (occurred_at > now() - interval '1 hour') || '|'"
                                    + " || (actor_id = (select id from clinic.app_user where username = 'admin'))"
                                    + " || '|' || array_to_string(actor_roles, ',') from clinic.audit_event"
                                    + " order by seq desc limit 1"));
            assertEquals(List.of("2|true|true|billing"), row);
        }
        assertEquals("2|intact|2", verify(clinic));
    }

    @Test
    void theAppRoleCannotChangeRemoveOrTruncateAuditRows() throws SQLException {
        UUID clinic = database.createTenant("audit-append-only", 1);
        append(clinic, 2);
        for (String sql : List.of(
                "update clinic.audit_event set actor_username = 'someone-else'",
                "delete from clinic.audit_event",
                "truncate clinic.audit_event",
                "update clinic.audit_chain set last_seq = 0",
                "delete from clinic.audit_chain",
                "insert into clinic.audit_chain (tenant_id, last_seq, last_hash)"
                        + " values ((select tenant_id from clinic.audit_event limit 1), 0, '\\x00')")) {
            try (Connection app = database.app()) {
                SQLException refused =
                        assertThrows(SQLException.class, () -> inTenant(app, clinic, c -> update(c, sql)));
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
        assertEquals("2|intact|2", verify(clinic));
    }

    @Test
    void rowsAreWrittenOnlyForTheBoundClinic() throws SQLException {
        UUID a = database.createTenant("audit-bound-a", 1);
        UUID b = database.createTenant("audit-bound-b", 1);
        try (Connection app = database.app()) {
            SQLException other = assertThrows(SQLException.class, () -> inTenant(app, a, c -> insertRow(c, b)));
            assertEquals(INSUFFICIENT_PRIVILEGE, other.getSQLState(), other.getMessage());
            app.setAutoCommit(true);
            SQLException none = assertThrows(SQLException.class, () -> insertRow(app, a));
            assertEquals(INSUFFICIENT_PRIVILEGE, none.getSQLState(), none.getMessage());
        }
        assertEquals("0|intact|0", verify(b));
    }

    @Test
    void verifyNamesARowTheOwnerChanged() throws SQLException {
        UUID clinic = database.createTenant("audit-owner-update", 1);
        append(clinic, 5);
        asOwner(clinic, "update clinic.audit_event set actor_username = 'innocent' where seq = 3");

        assertEquals("5|3|5", verify(clinic));
    }

    @Test
    void verifyNamesTheNextRowWhenTheOwnerAlsoResealedTheChangedOne() throws SQLException {
        UUID clinic = database.createTenant("audit-owner-reseal", 1);
        append(clinic, 5);
        asOwner(
                clinic,
                "update clinic.audit_event set actor_username = 'innocent' where seq = 2;"
                        + " update clinic.audit_event e set hash = clinic.audit_event_digest(e) where seq = 2");

        assertEquals("5|3|5", verify(clinic));
    }

    @Test
    void verifyNamesADeletedRow() throws SQLException {
        UUID clinic = database.createTenant("audit-owner-delete", 1);
        append(clinic, 5);
        asOwner(clinic, "delete from clinic.audit_event where seq = 2");

        assertEquals("4|2|5", verify(clinic));
    }

    @Test
    void verifyNamesDeletedRowsAtTheEndAndAResetHead() throws SQLException {
        UUID end = database.createTenant("audit-owner-delete-end", 1);
        append(end, 4);
        asOwner(end, "delete from clinic.audit_event where seq >= 3");
        assertEquals("2|3|4", verify(end));

        UUID reset = database.createTenant("audit-owner-reset-head", 1);
        append(reset, 4);
        asOwner(reset, "delete from clinic.audit_chain");
        assertEquals("4|1|0", verify(reset));
    }

    @Test
    void concurrentAppendsOfOneClinicFormOneChain() throws Exception {
        UUID clinic = database.createTenant("audit-concurrent", 1);
        int threads = 8;
        int perThread = 40;
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread writer = new Thread(() -> {
                try {
                    append(clinic, perThread);
                } catch (SQLException | RuntimeException e) {
                    failures.add(e);
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertEquals(List.of(), failures);
        int total = threads * perThread;
        assertEquals(total + "|intact|" + total, verify(clinic));
        try (Connection app = database.app()) {
            long distinct = inTenant(app, clinic, c -> count(c, "select count(distinct seq) from clinic.audit_event"));
            assertEquals(total, distinct);
        }
    }

    @Test
    void aPatientsSearchesAreFoundByItsId() throws SQLException {
        UUID clinic = database.createTenant("audit-patient-lookup", 1);
        UUID patient = UUID.randomUUID();
        try (Connection app = database.app()) {
            inTenant(
                    app,
                    clinic,
                    c -> update(
                            c,
                            "insert into clinic.audit_event (id, tenant_id, actor_username, actor_roles, action,"
                                    + " object_type, patient_ids) values (?, ?, 'admin', array['clinic-admin'], 'search',"
                                    + " 'patient', array[?, ?]::uuid[])",
                            UUID.randomUUID(),
                            clinic,
                            UUID.randomUUID(),
                            patient));
            long found = inTenant(
                    app,
                    clinic,
                    c -> count(
                            c,
                            "select count(*) from clinic.audit_event where patient_ids @> array[?]::uuid[]",
                            patient));
            assertEquals(1, found);
        }
        assertTrue(verify(clinic).endsWith("|intact|1"));
    }

    /** {@code rows} rows, each in a transaction of its own, as the application role writes them. */
    static void append(UUID clinic, int rows) throws SQLException {
        try (Connection app = database.app()) {
            for (int i = 0; i < rows; i++) {
                inTenant(app, clinic, c -> insertRow(c, clinic));
            }
        }
    }

    private static int insertRow(Connection connection, UUID clinic) throws SQLException {
        return update(
                connection,
                "insert into clinic.audit_event (id, tenant_id, actor_username, actor_roles, action, object_type,"
                        + " object_id, patient_ids, client_address, request_id)"
                        + " values (?, ?, 'admin', array['clinic-admin'], 'read', 'patient', ?, array[?]::uuid[],"
                        + " '203.0.113.7', 'req-1')",
                UUID.randomUUID(),
                clinic,
                UUID.randomUUID(),
                UUID.randomUUID());
    }

    private static String verify(UUID clinic) throws SQLException {
        try (Connection app = database.app()) {
            return inTenant(app, clinic, c -> column(c, VERIFY).get(0));
        }
    }

    /** The owner is subject to row-level security too, so it binds the clinic like anyone else. */
    private static void asOwner(UUID clinic, String statements) throws SQLException {
        try (Connection owner = database.owner()) {
            inTenant(owner, clinic, c -> {
                try (var statement = c.createStatement()) {
                    statement.execute(statements);
                }
                return null;
            });
        }
    }
}
