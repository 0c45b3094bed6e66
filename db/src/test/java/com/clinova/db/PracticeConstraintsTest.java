package com.clinova.db;

import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice rules the database holds by itself, as the application role: a practitioner's
 * blocks never overlap on a day whatever their locations (the last guard against two admins
 * racing), and nothing can point at another clinic's location, even by knowing its id.
 */
class PracticeConstraintsTest {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static TestDatabase database;
    private static UUID clinic;
    private static UUID other;

    @BeforeAll
    static void createClinics() throws SQLException {
        database = TestDatabase.create();
        clinic = database.createTenant("uno", 0);
        other = database.createTenant("dos", 0);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void blocksOfOnePractitionerNeverOverlapOnADayEvenAtTwoLocations() throws SQLException {
        try (Connection app = database.app()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> inTenant(app, clinic, c -> {
                        UUID centro = location(c, clinic, "Centro");
                        UUID norte = location(c, clinic, "Norte");
                        UUID practitioner = practitioner(c, clinic);
                        hours(c, clinic, practitioner, centro, 1, "09:00", "14:00");
                        hours(c, clinic, practitioner, norte, 2, "09:00", "14:00");
                        hours(c, clinic, practitioner, norte, 1, "14:00", "18:00");
                        return hours(c, clinic, practitioner, norte, 1, "13:30", "15:00");
                    }));
            assertEquals(EXCLUSION_VIOLATION, refused.getSQLState(), refused::getMessage);
        }
    }

    @Test
    void aRowCannotPointAtAnotherClinicsLocation() throws SQLException {
        try (Connection app = database.app()) {
            UUID theirs = inTenant(app, other, c -> location(c, other, "Suya"));
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            clinic,
                            c -> update(
                                    c,
                                    "insert into clinic.room (id, tenant_id, location_id, name) values (?, ?, ?, 'Intrusa')",
                                    UUID.randomUUID(),
                                    clinic,
                                    theirs)));
            assertEquals(FOREIGN_KEY_VIOLATION, refused.getSQLState(), refused::getMessage);
        }
    }

    private static UUID location(Connection c, UUID tenant, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        update(
                c,
                "insert into clinic.location (id, tenant_id, name, time_zone) values (?, ?, ?, 'Europe/Madrid')",
                id,
                tenant,
                name + " " + id);
        return id;
    }

    private static UUID practitioner(Connection c, UUID tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        update(
                c,
                "insert into clinic.practitioner (id, tenant_id, display_name) values (?, ?, 'Dra. Prueba')",
                id,
                tenant);
        return id;
    }

    private static int hours(
            Connection c, UUID tenant, UUID practitioner, UUID location, int day, String start, String end)
            throws SQLException {
        return update(
                c,
                "insert into clinic.working_hours (id, tenant_id, practitioner_id, location_id, day_of_week,"
                        + " start_time, end_time) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                tenant,
                practitioner,
                location,
                (short) day,
                LocalTime.parse(start),
                LocalTime.parse(end));
    }
}
