package com.clinova.db;

import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariant 7 as the database enforces it: no two live appointments of one practitioner, room or
 * patient overlap, whoever writes them and however concurrently; cancelled, expired and no-show
 * appointments free their time; the status columns stay consistent; the application cannot
 * erase an appointment or point one at another clinic's patient.
 */
class AppointmentConstraintTest {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final OffsetDateTime NINE = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static TestDatabase database;
    private static UUID clinic;
    private static UUID otherClinic;
    private static Practice practice;
    private static Practice otherPractice;

    /** One location, one service, two practitioners and rooms, three patients of one clinic. */
    private record Practice(UUID location, UUID service, UUID[] practitioners, UUID[] rooms, UUID[] patients) {}

    @BeforeAll
    static void createClinics() throws SQLException {
        database = TestDatabase.create();
        clinic = database.createTenant("appointments-a", 3);
        otherClinic = database.createTenant("appointments-b", 1);
        practice = practiceOf(clinic);
        otherPractice = practiceOf(otherClinic);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void aPractitionerCannotHaveTwoOverlappingLiveAppointments() throws SQLException {
        OffsetDateTime at = slot(0);
        book(practice.practitioners[0], null, practice.patients[0], at, 30, "booked");

        SQLException e = assertThrows(
                SQLException.class,
                () -> book(practice.practitioners[0], null, practice.patients[1], at.plusMinutes(15), 30, "held"));

        assertViolates(e, "appointment_practitioner_no_overlap");
    }

    @Test
    void aRoomCannotHostTwoOverlappingLiveAppointments() throws SQLException {
        OffsetDateTime at = slot(1);
        book(practice.practitioners[0], practice.rooms[0], practice.patients[0], at, 30, "checked_in");

        SQLException e = assertThrows(
                SQLException.class,
                () -> book(practice.practitioners[1], practice.rooms[0], practice.patients[1], at, 60, "booked"));

        assertViolates(e, "appointment_room_no_overlap");
    }

    @Test
    void aPatientCannotBeInTwoPlacesAtOnce() throws SQLException {
        OffsetDateTime at = slot(2);
        book(practice.practitioners[0], practice.rooms[0], practice.patients[2], at, 30, "completed");

        SQLException e = assertThrows(
                SQLException.class,
                () -> book(
                        practice.practitioners[1],
                        practice.rooms[1],
                        practice.patients[2],
                        at.minusMinutes(10),
                        20,
                        "booked"));

        assertViolates(e, "appointment_patient_no_overlap");
    }

    @Test
    void backToBackAppointmentsDoNotOverlap() throws SQLException {
        OffsetDateTime at = slot(3);
        book(practice.practitioners[0], practice.rooms[0], practice.patients[0], at, 30, "booked");
        book(practice.practitioners[0], practice.rooms[0], practice.patients[0], at.plusMinutes(30), 30, "booked");
        book(practice.practitioners[0], practice.rooms[0], practice.patients[0], at.minusMinutes(30), 30, "booked");
    }

    @Test
    void cancelledExpiredAndNoShowAppointmentsFreeTheirTime() throws SQLException {
        OffsetDateTime at = slot(4);
        UUID who = practice.practitioners[1];
        UUID room = practice.rooms[1];
        UUID patient = practice.patients[1];
        insert(clinic, practice, who, room, patient, at, 30, "cancelled", null, "ill");
        book(who, room, patient, at, 30, "expired");
        book(who, room, patient, at, 30, "no_show");

        book(who, room, patient, at, 30, "held");

        try (Connection app = database.app()) {
            long live = inTenant(
                    app,
                    clinic,
                    c -> count(
                            c,
                            "select count(*) from clinic.appointment where practitioner_id = ? and starts_at = ?"
                                    + " and status in ('held', 'booked', 'checked_in', 'completed')",
                            who,
                            at));
            assertEquals(1, live);
        }
    }

    @Test
    void onlyAHoldHasAnExpiryAndACancellationNeedsAReason() throws SQLException {
        OffsetDateTime at = slot(5);
        UUID who = practice.practitioners[0];
        SQLException holdWithoutExpiry = assertThrows(
                SQLException.class,
                () -> insert(clinic, practice, who, null, practice.patients[0], at, 30, "held", null, null));
        SQLException bookingWithExpiry = assertThrows(
                SQLException.class,
                () -> insert(clinic, practice, who, null, practice.patients[0], at, 30, "booked", at, null));
        SQLException cancelWithoutReason = assertThrows(
                SQLException.class,
                () -> insert(clinic, practice, who, null, practice.patients[0], at, 30, "cancelled", null, null));

        for (SQLException e : new SQLException[] {holdWithoutExpiry, bookingWithExpiry, cancelWithoutReason}) {
            assertEquals(CHECK_VIOLATION, e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void aConcurrentOverlappingBookingWaitsForTheFirstAndIsThenRefused() throws Exception {
        OffsetDateTime at = slot(6);
        try (Connection first = database.app();
                Connection second = database.app()) {
            first.setAutoCommit(false);
            TestDatabase.bindTenant(first, clinic);
            insertOn(
                    first,
                    clinic,
                    practice,
                    practice.practitioners[0],
                    null,
                    practice.patients[0],
                    at,
                    30,
                    "booked",
                    null,
                    null);

            CompletableFuture<Void> racing = CompletableFuture.runAsync(() -> {
                try {
                    inTenant(
                            second,
                            clinic,
                            c -> insertOn(
                                    c,
                                    clinic,
                                    practice,
                                    practice.practitioners[0],
                                    null,
                                    practice.patients[1],
                                    at,
                                    30,
                                    "booked",
                                    null,
                                    null));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> racing.get(500, TimeUnit.MILLISECONDS), "it must wait");
            first.commit();

            Exception e = assertThrows(Exception.class, () -> racing.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause().getCause() instanceof SQLException, e.toString());
            assertViolates((SQLException) e.getCause().getCause(), "appointment_practitioner_no_overlap");
        }
    }

    @Test
    void otherClinicsIdsCannotBeReferencedAndTheirTimesDoNotCollide() throws SQLException {
        OffsetDateTime at = slot(7);
        SQLException e = assertThrows(
                SQLException.class,
                () -> insert(
                        otherClinic,
                        otherPractice,
                        otherPractice.practitioners[0],
                        null,
                        practice.patients[0],
                        at,
                        30,
                        "booked",
                        null,
                        null));
        assertEquals(FOREIGN_KEY_VIOLATION, e.getSQLState(), e.getMessage());

        book(practice.practitioners[0], null, practice.patients[0], at, 30, "booked");
        insert(
                otherClinic,
                otherPractice,
                otherPractice.practitioners[0],
                null,
                otherPractice.patients[0],
                at,
                30,
                "booked",
                null,
                null);
    }

    @Test
    void theApplicationCannotEraseAnAppointment() throws SQLException {
        book(practice.practitioners[0], null, practice.patients[0], slot(8), 30, "booked");
        try (Connection app = database.app()) {
            SQLException e = assertThrows(
                    SQLException.class, () -> inTenant(app, clinic, c -> update(c, "delete from clinic.appointment")));
            assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e.getMessage());
        }
    }

    /** A day of its own per test, so the tests' appointments never meet. */
    private static OffsetDateTime slot(int day) {
        return NINE.plusDays(day);
    }

    private static void book(
            UUID practitioner, UUID room, UUID patient, OffsetDateTime start, int minutes, String status)
            throws SQLException {
        OffsetDateTime expires = status.equals("held") ? start : null;
        insert(clinic, practice, practitioner, room, patient, start, minutes, status, expires, null);
    }

    private static void insert(
            UUID tenant,
            Practice where,
            UUID practitioner,
            UUID room,
            UUID patient,
            OffsetDateTime start,
            int minutes,
            String status,
            OffsetDateTime holdExpires,
            String reason)
            throws SQLException {
        try (Connection app = database.app()) {
            inTenant(
                    app,
                    tenant,
                    c -> insertOn(
                            c,
                            tenant,
                            where,
                            practitioner,
                            room,
                            patient,
                            start,
                            minutes,
                            status,
                            holdExpires,
                            reason));
        }
    }

    private static int insertOn(
            Connection c,
            UUID tenant,
            Practice where,
            UUID practitioner,
            UUID room,
            UUID patient,
            OffsetDateTime start,
            int minutes,
            String status,
            OffsetDateTime holdExpires,
            String reason)
            throws SQLException {
        return update(
                c,
                "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id, location_id, room_id,"
                        + " service_id, starts_at, ends_at, status, hold_expires_at, cancel_reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                tenant,
                patient,
                practitioner,
                where.location,
                room,
                where.service,
                start,
                start.plusMinutes(minutes),
                status,
                holdExpires,
                reason);
    }

    private static void assertViolates(SQLException e, String constraint) {
        assertEquals(EXCLUSION_VIOLATION, e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + constraint + "\""), e.getMessage());
    }

    private static Practice practiceOf(UUID tenant) throws SQLException {
        UUID location = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID[] practitioners = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] rooms = {UUID.randomUUID(), UUID.randomUUID()};
        try (Connection app = database.app()) {
            UUID[] patients = inTenant(app, tenant, c -> {
                update(
                        c,
                        "insert into clinic.location (id, tenant_id, name, time_zone) values (?, ?, 'Centro', 'Europe/Madrid')",
                        location,
                        tenant);
                update(
                        c,
                        "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                                + " values (?, ?, 'Limpieza', 30, 40, 'EUR')",
                        service,
                        tenant);
                for (int i = 0; i < 2; i++) {
                    update(
                            c,
                            "insert into clinic.practitioner (id, tenant_id, display_name) values (?, ?, ?)",
                            practitioners[i],
                            tenant,
                            "Dr " + i);
                    update(
                            c,
                            "insert into clinic.room (id, tenant_id, location_id, name) values (?, ?, ?, ?)",
                            rooms[i],
                            tenant,
                            location,
                            "Sala " + i);
                }
                return TestDatabase.column(c, "select id from clinic.patient order by id").stream()
                        .map(UUID::fromString)
                        .toArray(UUID[]::new);
            });
            return new Practice(location, service, practitioners, rooms, patients);
        }
    }
}
