package com.clinova.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The price of one chain per clinic: audited transactions per second (read a patient, append its
 * audit row last, commit) from 8 writers all at one clinic, where every append waits for the
 * clinic's chain head, against 8 writers at 8 clinics, which never wait for each other; and the
 * mean time from the INSERT to the end of the commit, which is how long the head stays locked.
 * Not part of the suite (no Test suffix): {@code ./mvnw -pl db test -Dtest=AuditChainBenchmark}
 * against a running test PostgreSQL.
 */
class AuditChainBenchmark {

    private static final int WRITERS = 8;
    private static final int PER_WRITER = 250;

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
    void oneClinicAgainstManyClinics() throws Exception {
        UUID shared = database.createTenant("bench-shared", 1);
        List<UUID> own = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            own.add(database.createTenant("bench-own-" + i, 1));
        }
        run(i -> shared); // warm-up
        double[] oneClinic = run(i -> shared);
        double[] manyClinics = run(own::get);
        System.out.printf(
                Locale.ROOT,
                "%nAUDIT CHAIN BENCHMARK (%d writers x %d audited transactions): one clinic %.0f tx/s"
                        + " (insert..commit %.2f ms), one clinic each %.0f tx/s (insert..commit %.2f ms);"
                        + " ratio %.2f%n%n",
                WRITERS,
                PER_WRITER,
                oneClinic[0],
                oneClinic[1],
                manyClinics[0],
                manyClinics[1],
                oneClinic[0] / manyClinics[0]);
        try (Connection app = database.app()) {
            assertEquals("intact", TestDatabase.inTenant(app, shared, c -> TestDatabase.column(
                            c, "select coalesce(first_broken_seq::text, 'intact') from clinic.audit_chain_verify()")
                    .get(0)));
        }
    }

    /** Transactions per second and the mean INSERT-to-committed time in milliseconds. */
    private static double[] run(java.util.function.IntFunction<UUID> clinicOfWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Long>> writers = new ArrayList<>();
            long started = System.nanoTime();
            for (int w = 0; w < WRITERS; w++) {
                UUID clinic = clinicOfWriter.apply(w);
                writers.add(pool.submit(() -> write(clinic)));
            }
            long lockedNanos = 0;
            for (Future<Long> writer : writers) {
                lockedNanos += writer.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int transactions = WRITERS * PER_WRITER;
            return new double[] {transactions / seconds, lockedNanos / 1e6 / transactions};
        } finally {
            pool.shutdownNow();
        }
    }

    private static long write(UUID clinic) throws SQLException {
        long locked = 0;
        try (Connection app = database.app()) {
            app.setAutoCommit(false);
            for (int i = 0; i < PER_WRITER; i++) {
                TestDatabase.bindTenant(app, clinic);
                String patient = TestDatabase.column(app, "select id::text from clinic.patient limit 1")
                        .get(0);
                long insert = System.nanoTime();
                TestDatabase.update(
                        app,
                        "insert into clinic.audit_event (id, tenant_id, actor_username, actor_roles, action,"
                                + " object_type, object_id, patient_ids, client_address, request_id) values (?, ?,"
                                + " 'admin', array['clinic-admin'], 'read', 'patient', cast(? as uuid),"
                                + " array[cast(? as uuid)], '203.0.113.7', 'bench')",
                        UUID.randomUUID(),
                        clinic,
                        patient,
                        patient);
                app.commit();
                locked += System.nanoTime() - insert;
            }
        }
        return locked;
    }
}
