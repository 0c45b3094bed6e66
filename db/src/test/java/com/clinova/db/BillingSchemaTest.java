package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Billing rules the database enforces whatever the application does: gapless numbering under
 * concurrency (rolled-back issues give their numbers back), an appointment on at most one
 * invoice that is not void, payments only on issued invoices, immutable issued invoices, and
 * the application role's rights. Each test uses a clinic of its own.
 */
class BillingSchemaTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String NOT_IN_PREREQUISITE_STATE = "55000";

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
    void concurrentIssuesNumberOneToNWithoutGapsEvenWhenSomeRollBack() throws Exception {
        BillingClinic clinic = BillingClinic.create(database, "billing-numbers");
        int invoices = 30;
        List<UUID> drafts = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            drafts.add(clinic.draftWithLine(null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(invoices);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < invoices; i++) {
                UUID draft = drafts.get(i);
                boolean rollBack = i % 3 == 0; // every third issue fails after taking its number
                results.add(pool.submit(issuing(clinic, draft, rollBack, start)));
            }
            start.countDown();
            for (Future<Long> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // The ten that rolled back are issued again afterwards, and take the numbers that follow.
        for (int i = 0; i < invoices; i += 3) {
            clinic.issue(drafts.get(i));
        }

        List<Long> numbers = clinic
                .asApp(c -> column(
                        c, "select sequence_number from clinic.invoice where sequence_number is not null order by 1"))
                .stream()
                .map(Long::parseLong)
                .toList();
        assertEquals(LongStream.rangeClosed(1, invoices).boxed().toList(), numbers);
        assertEquals(
                List.of("TST-000001", "TST-000030"),
                clinic.asApp(
                        c -> column(
                                c,
                                "select number from clinic.invoice where sequence_number in (1, 30) order by sequence_number")));
    }

    private static Callable<Long> issuing(BillingClinic clinic, UUID draft, boolean rollBack, CountDownLatch start) {
        return () -> {
            start.await();
            try (Connection app = database.app()) {
                app.setAutoCommit(false);
                TestDatabase.bindTenant(app, clinic.id());
                long number = Long.parseLong(column(
                                app,
                                "update clinic.invoice set status = 'issued', issued_at = now(),"
                                        + " seller_legal_name = 'S', seller_tax_id = 'T', seller_address = 'A',"
                                        + " buyer_name = 'B' where id = ? returning sequence_number",
                                draft)
                        .get(0));
                if (rollBack) {
                    app.rollback();
                } else {
                    app.commit();
                }
                return number;
            }
        };
    }

    @Test
    void numbersContinueAfterAVoidAndTheVoidKeepsItsNumber() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-void-number");
        UUID first = clinic.draftWithLine(null);
        clinic.issue(first);
        clinic.voidInvoice(first);
        UUID second = clinic.draftWithLine(null);
        clinic.issue(second);

        assertEquals(
                List.of("1|void", "2|issued"),
                clinic.asApp(c -> column(
                        c, "select sequence_number || '|' || status from clinic.invoice order by sequence_number")));
    }

    @Test
    void anAppointmentIsOnAtMostOneInvoiceThatIsNotVoid() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-once");
        UUID appointment = clinic.completedAppointment();
        UUID first = clinic.draftWithLine(appointment);

        assertSqlState(UNIQUE_VIOLATION, () -> clinic.draftWithLine(appointment));

        clinic.issue(first);
        assertSqlState(UNIQUE_VIOLATION, () -> clinic.draftWithLine(appointment));

        clinic.voidInvoice(first);
        UUID again = clinic.draftWithLine(appointment);
        assertEquals(1L, clinic.rows("select count(*) from clinic.invoice_line where invoice_id = ?", again));
    }

    @Test
    void paymentsOnlyOnIssuedInvoicesAndNeverMoreThanTheTotal() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-payments");
        UUID invoice = clinic.draftWithLine(null);

        assertSqlState(FOREIGN_KEY_VIOLATION, () -> clinic.pay(invoice, "issued", "10.00"));
        assertSqlState(CHECK_VIOLATION, () -> clinic.pay(invoice, "draft", "10.00"));

        clinic.issue(invoice);
        clinic.pay(invoice, "issued", "10.00");
        assertSqlState(
                CHECK_VIOLATION,
                () -> clinic.asApp(
                        c -> update(c, "update clinic.invoice set amount_paid = total + 0.01 where id = ?", invoice)));
        assertSqlState(CHECK_VIOLATION, () -> clinic.voidInvoice(invoice));
    }

    @Test
    void anIssuedInvoiceAndItsLinesNeverChange() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-frozen");
        UUID invoice = clinic.draftWithLine(null);
        clinic.issue(invoice);

        for (String change : List.of(
                "update clinic.invoice set total = 1.00, net_total = 1.00, tax_total = 0 where id = ?",
                "update clinic.invoice set buyer_name = 'Someone else' where id = ?",
                "update clinic.invoice set number = 'X-1' where id = ?",
                "update clinic.invoice set status = 'draft' where id = ?",
                "delete from clinic.invoice_line where invoice_id = ?",
                "update clinic.invoice_line set description = 'changed' where invoice_id = ?")) {
            assertSqlState(NOT_IN_PREREQUISITE_STATE, () -> clinic.asOwner(c -> update(c, change, invoice)), change);
        }
        assertSqlState(NOT_IN_PREREQUISITE_STATE, () -> clinic.addLine(invoice, "issued", null));

        clinic.voidInvoice(invoice);
        assertSqlState(
                NOT_IN_PREREQUISITE_STATE,
                () -> clinic.asApp(
                        c -> update(c, "update clinic.invoice set void_reason = 'other' where id = ?", invoice)));
    }

    @Test
    void aDraftIsNeitherNumberedByHandNorVoided() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-draft");
        UUID invoice = clinic.draftWithLine(null);

        assertSqlState(
                NOT_IN_PREREQUISITE_STATE,
                () -> clinic.asApp(
                        c -> update(c, "update clinic.invoice set sequence_number = 7 where id = ?", invoice)));
        assertSqlState(NOT_IN_PREREQUISITE_STATE, () -> clinic.voidInvoice(invoice));
    }

    @Test
    void issuingNeedsBillingSettings() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-unset");
        UUID invoice = clinic.draftWithLine(null);
        clinic.asOwner(c -> update(c, "delete from clinic.billing_settings"));

        assertSqlState(NOT_IN_PREREQUISITE_STATE, () -> clinic.issue(invoice));
    }

    @Test
    void theAppRoleCannotMoveTheCounterNorEraseInvoicesOrPayments() throws SQLException {
        BillingClinic clinic = BillingClinic.create(database, "billing-rights");
        UUID invoice = clinic.draftWithLine(null);
        clinic.issue(invoice);
        clinic.pay(invoice, "issued", "5.00");

        for (String statement : List.of(
                "update clinic.invoice_counter set last_number = 0",
                "insert into clinic.invoice_counter (tenant_id, last_number) values ('" + clinic.id() + "', 5)",
                "delete from clinic.invoice where id = '" + invoice + "'",
                "delete from clinic.payment",
                "update clinic.payment set amount = 1")) {
            assertSqlState(INSUFFICIENT_PRIVILEGE, () -> clinic.asApp(c -> update(c, statement)), statement);
        }
    }

    @Test
    void anotherClinicSeesNoneOfItAndCannotBillItsAppointments() throws SQLException {
        BillingClinic a = BillingClinic.create(database, "billing-iso-a");
        BillingClinic b = BillingClinic.create(database, "billing-iso-b");
        UUID appointmentOfA = a.completedAppointment();
        UUID invoiceOfA = a.draftWithLine(appointmentOfA);
        a.issue(invoiceOfA);

        assertEquals(0L, b.rows("select count(*) from clinic.invoice"));
        assertEquals(0L, b.rows("select count(*) from clinic.invoice_line"));
        assertEquals(0L, b.rows("select count(*) from clinic.invoice_counter"));
        assertSqlState(FOREIGN_KEY_VIOLATION, () -> b.draftWithLine(appointmentOfA));
    }

    private static void assertSqlState(String state, SqlAction action) {
        assertSqlState(state, action, "");
    }

    private static void assertSqlState(String state, SqlAction action, String what) {
        SQLException thrown = assertThrows(SQLException.class, action::run, what);
        assertEquals(state, thrown.getSQLState(), () -> what + ": " + thrown.getMessage());
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    /** A clinic with billing settings, one patient and what an appointment needs, written as the owner. */
    private record BillingClinic(UUID id, UUID patient, UUID practitioner, UUID location, UUID service) {

        static BillingClinic create(TestDatabase database, String slug) throws SQLException {
            UUID tenant = database.createTenant(slug, 1);
            BillingClinic clinic =
                    new BillingClinic(tenant, null, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            UUID patient = clinic.asOwner(c -> {
                update(
                        c,
                        "insert into clinic.billing_settings (tenant_id, tax_rate, invoice_prefix, legal_name, tax_id,"
                                + " address) values (?, 21.00, 'TST-', 'Test Clinic SL', 'B12345678', 'Calle 1')",
                        tenant);
                update(
                        c,
                        "insert into clinic.location (id, tenant_id, name, time_zone) values (?, ?, 'Centro', 'UTC')",
                        clinic.location,
                        tenant);
                update(
                        c,
                        "insert into clinic.practitioner (id, tenant_id, display_name) values (?, ?, 'Dr. Test')",
                        clinic.practitioner,
                        tenant);
                update(
                        c,
                        "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                                + " values (?, ?, 'Cleaning', 30, 60.00, 'EUR')",
                        clinic.service,
                        tenant);
                return UUID.fromString(
                        column(c, "select id from clinic.patient").get(0));
            });
            return new BillingClinic(tenant, patient, clinic.practitioner, clinic.location, clinic.service);
        }

        UUID completedAppointment() throws SQLException {
            UUID appointment = UUID.randomUUID();
            OffsetDateTime start =
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).plusMinutes((long) (Math.random() * 100_000));
            asOwner(c -> update(
                    c,
                    "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id, location_id,"
                            + " service_id, starts_at, ends_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'completed')",
                    appointment,
                    id,
                    patient,
                    practitioner,
                    location,
                    service,
                    start,
                    start.plusMinutes(30)));
            return appointment;
        }

        /** A draft with one 60.00 line (of the appointment, if given) at 21 % tax. */
        UUID draftWithLine(UUID appointment) throws SQLException {
            UUID invoice = UUID.randomUUID();
            asApp(c -> update(
                    c,
                    "insert into clinic.invoice (id, tenant_id, patient_id, status, currency, tax_rate, net_total,"
                            + " tax_total, total) values (?, ?, ?, 'draft', 'EUR', 21.00, 60.00, 12.60, 72.60)",
                    invoice,
                    id,
                    patient));
            addLine(invoice, "draft", appointment);
            return invoice;
        }

        void addLine(UUID invoice, String status, UUID appointment) throws SQLException {
            asApp(c -> update(
                    c,
                    "insert into clinic.invoice_line (id, tenant_id, invoice_id, invoice_status, position,"
                            + " appointment_id, service_id, description, quantity, unit_price, gross_amount,"
                            + " discount_amount, net_amount, tax_amount)"
                            + " values (?, ?, ?, ?, 1, ?, ?, 'Cleaning', 1, 60.00, 60.00, 0, 60.00, 12.60)",
                    UUID.randomUUID(),
                    id,
                    invoice,
                    status,
                    appointment,
                    service));
        }

        void issue(UUID invoice) throws SQLException {
            asApp(c -> update(
                    c,
                    "update clinic.invoice set status = 'issued', issued_at = now(), seller_legal_name = 'S',"
                            + " seller_tax_id = 'T', seller_address = 'A', buyer_name = 'B' where id = ?",
                    invoice));
        }

        void voidInvoice(UUID invoice) throws SQLException {
            asApp(c -> update(
                    c,
                    "update clinic.invoice set status = 'void', voided_at = now(), void_reason = 'Wrong patient'"
                            + " where id = ?",
                    invoice));
        }

        void pay(UUID invoice, String status, String amount) throws SQLException {
            asApp(c -> {
                update(
                        c,
                        "insert into clinic.payment (id, tenant_id, invoice_id, invoice_status, method, amount,"
                                + " received_at, recorded_by) values (?, ?, ?, ?, 'cash', ?, now(), 'billing')",
                        UUID.randomUUID(),
                        id,
                        invoice,
                        status,
                        new BigDecimal(amount));
                return update(
                        c,
                        "update clinic.invoice set amount_paid = amount_paid + ? where id = ?",
                        new BigDecimal(amount),
                        invoice);
            });
        }

        long rows(String sql, Object... parameters) throws SQLException {
            try (Connection app = database.app()) {
                return inTenant(app, id, c -> count(c, sql, parameters));
            }
        }

        <T> T asApp(TestDatabase.Work<T> work) throws SQLException {
            try (Connection app = database.app()) {
                return inTenant(app, id, work);
            }
        }

        <T> T asOwner(TestDatabase.Work<T> work) throws SQLException {
            try (Connection owner = database.owner()) {
                return inTenant(owner, id, work);
            }
        }
    }
}
