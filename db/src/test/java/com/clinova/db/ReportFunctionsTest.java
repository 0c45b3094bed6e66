package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read side's report functions (V11) on crafted rows: working time in the location's zone
 * (a DST change day included), exceptions, utilisation, no-show rate, the day list — and that
 * they see only the bound clinic.
 */
class ReportFunctionsTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** Monday; the week [MONDAY, MONDAY + 7) is the week the tests look at. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    private static TestDatabase database;
    private static Practice clinic;
    private static Practice otherClinic;

    @BeforeAll
    static void createClinics() throws SQLException {
        database = TestDatabase.create();
        clinic = Practice.create(database, "report-a");
        otherClinic = Practice.create(database, "report-b");
        try (Connection platform = database.platform()) {
            inTenant(platform, clinic.tenant, connection -> {
                // Mon-Fri 09:00-13:00 and 15:00-19:00; Sunday 00:00-06:00 (29 March 2026 loses an hour).
                for (int day = 1; day <= 5; day++) {
                    clinic.workingHours(connection, day, "09:00", "13:00");
                    clinic.workingHours(connection, day, "15:00", "19:00");
                }
                clinic.workingHours(connection, 7, "00:00", "06:00");
                // The practitioner is absent on Wednesday afternoon.
                clinic.exception(connection, "absence", at(2, 15, 0), at(2, 19, 0));
                clinic.appointment(connection, "completed", at(0, 9, 0), at(0, 10, 0));
                clinic.appointment(connection, "no_show", at(0, 10, 0), at(0, 10, 30));
                clinic.appointment(connection, "checked_in", at(1, 12, 30), at(1, 13, 30)); // half outside
                clinic.appointment(connection, "cancelled", at(1, 9, 0), at(1, 10, 0));
                clinic.appointment(connection, "booked", at(4, 23, 30), at(4, 23, 45)); // late, still Friday locally
                return null;
            });
            inTenant(platform, otherClinic.tenant, connection -> {
                otherClinic.workingHours(connection, 1, "08:00", "20:00");
                otherClinic.appointment(connection, "no_show", at(0, 9, 0), at(0, 9, 30));
                return null;
            });
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void workingTimeFollowsTheLocationsZoneAndLeavesOutExceptions() throws SQLException {
        // 5 days x 8 h = 2400 min, minus the 4 h absence = 2160, plus Sunday 00:00-06:00 on the
        // spring-forward day = 5 h, not 6.
        assertEquals(
                List.of("2160", "300"),
                List.of(
                        minutes("clinic.report_working_time(?, ?)", MONDAY, MONDAY.plusDays(6)),
                        minutes("clinic.report_working_time(?, ?)", MONDAY.plusDays(6), MONDAY.plusDays(7))));
    }

    @Test
    void aClinicHolidayRemovesTheDayForEveryone() throws SQLException {
        // The next week's Thursday: the other tests look at the first week.
        LocalDate thursday = MONDAY.plusDays(10);
        try (Connection platform = database.platform()) {
            String before = minutes("clinic.report_working_time(?, ?)", thursday, thursday.plusDays(1));
            inTenant(
                    platform,
                    clinic.tenant,
                    connection -> update(
                            connection,
                            "insert into clinic.schedule_exception (id, tenant_id, kind, starts_at, ends_at, reason)"
                                    + " values (?, ?, 'holiday', ?, ?, 'Jueves Santo')",
                            UUID.randomUUID(),
                            clinic.tenant,
                            at(10, 0, 0).toOffsetDateTime(),
                            at(11, 0, 0).toOffsetDateTime()));
            assertEquals(
                    List.of("480", "0"),
                    List.of(before, minutes("clinic.report_working_time(?, ?)", thursday, thursday.plusDays(1))));
        }
    }

    @Test
    void utilisationCountsOccupiedTimeInsideAndOutsideTheSchedule() throws SQLException {
        // Monday: 60 completed + 30 no-show; Tuesday 12:30-13:30: 30 in, 30 out; Friday 23:30: 15 out.
        List<String> row = row(
                "select working_minutes::int || ' ' || booked_minutes::int || ' ' || outside_minutes::int"
                        + " from clinic.report_practitioner_utilisation(?, ?)",
                MONDAY,
                MONDAY.plusDays(6));
        assertEquals(List.of("2160 120 45"), row);
    }

    @Test
    void roomUtilisationComparesTheRoomWithItsLocationsOpeningTime() throws SQLException {
        List<String> row = row(
                "select open_minutes::int || ' ' || booked_minutes::int || ' ' || outside_minutes::int"
                        + " from clinic.report_room_utilisation(?, ?)",
                MONDAY,
                MONDAY.plusDays(6));
        assertEquals(List.of("2160 120 45"), row);
    }

    @Test
    void noShowRateIsOverAppointmentsThePatientWasExpectedAt() throws SQLException {
        assertEquals(
                List.of("3 1"),
                row("select due || ' ' || no_shows from clinic.report_no_shows(?, ?)", MONDAY, MONDAY.plusDays(7)));
    }

    @Test
    void theDayListUsesTheLocalDayAndLeavesOutCancellations() throws SQLException {
        assertEquals(
                List.of("completed", "no_show"),
                row("select status from clinic.report_day_list(?, ?)", MONDAY, clinic.practitioner));
        assertEquals(
                List.of("checked_in"),
                row("select status from clinic.report_day_list(?, ?)", MONDAY.plusDays(1), clinic.practitioner));
        assertEquals(
                List.of("booked"),
                row("select status from clinic.report_day_list(?, ?)", MONDAY.plusDays(4), clinic.practitioner));
    }

    @Test
    void reportsSeeOnlyTheBoundClinicAndNothingWithoutOne() throws SQLException {
        try (Connection app = database.app()) {
            assertEquals(
                    List.of("1 1"),
                    inTenant(
                            app,
                            otherClinic.tenant,
                            connection -> column(
                                    connection,
                                    "select due || ' ' || no_shows from clinic.report_no_shows(?, ?)",
                                    MONDAY,
                                    MONDAY.plusDays(7))));
            assertEquals(
                    List.of(),
                    column(app, "select * from clinic.report_working_time(?, ?)", MONDAY, MONDAY.plusDays(7)));
            assertEquals(
                    List.of(), column(app, "select * from clinic.report_day_list(?, ?)", clinic.practitioner, MONDAY));
        }
    }

    /** Rows of {@code sql} as the application sees them in the first clinic; the day list takes (practitioner, day). */
    private static List<String> row(String sql, Object first, Object second) throws SQLException {
        Object[] parameters =
                sql.contains("report_day_list") ? new Object[] {second, first} : new Object[] {first, second};
        try (Connection app = database.app()) {
            return inTenant(app, clinic.tenant, connection -> column(connection, sql, parameters));
        }
    }

    private static String minutes(String function, LocalDate from, LocalDate to) throws SQLException {
        List<String> total =
                row("select coalesce(sum(clinic.report_minutes(working)), 0)::int from " + function, from, to);
        return total.get(0);
    }

    /** Local time in Madrid, {@code days} after {@link #MONDAY}. */
    private static ZonedDateTime at(int days, int hour, int minute) {
        return LocalDateTime.of(MONDAY.plusDays(days), LocalTime.of(hour, minute))
                .atZone(MADRID);
    }

    /** One clinic with a location in Madrid, a room, a practitioner, a service and a patient. */
    private record Practice(UUID tenant, UUID location, UUID room, UUID practitioner, UUID service, UUID patient) {

        static Practice create(TestDatabase database, String slug) throws SQLException {
            UUID tenant = database.createTenant(slug, 1);
            Practice practice = new Practice(
                    tenant, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null);
            try (Connection platform = database.platform()) {
                return inTenant(platform, tenant, connection -> {
                    update(
                            connection,
                            "insert into clinic.location (id, tenant_id, name, time_zone) values (?, ?, 'Centro', 'Europe/Madrid')",
                            practice.location,
                            tenant);
                    update(
                            connection,
                            "insert into clinic.room (id, tenant_id, location_id, name) values (?, ?, ?, 'Gabinete 1')",
                            practice.room,
                            tenant,
                            practice.location);
                    update(
                            connection,
                            "insert into clinic.practitioner (id, tenant_id, display_name) values (?, ?, 'Dra. Vidal')",
                            practice.practitioner,
                            tenant);
                    update(
                            connection,
                            "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                                    + " values (?, ?, 'Revisión', 30, 40, 'EUR')",
                            practice.service,
                            tenant);
                    UUID patient = UUID.fromString(
                            column(connection, "select id from clinic.patient").get(0));
                    return new Practice(
                            tenant, practice.location, practice.room, practice.practitioner, practice.service, patient);
                });
            }
        }

        void workingHours(Connection connection, int dayOfWeek, String start, String end) throws SQLException {
            update(
                    connection,
                    "insert into clinic.working_hours (id, tenant_id, practitioner_id, location_id, day_of_week,"
                            + " start_time, end_time) values (?, ?, ?, ?, ?, ?::time, ?::time)",
                    UUID.randomUUID(),
                    tenant,
                    practitioner,
                    location,
                    dayOfWeek,
                    start,
                    end);
        }

        void exception(Connection connection, String kind, ZonedDateTime from, ZonedDateTime to) throws SQLException {
            update(
                    connection,
                    "insert into clinic.schedule_exception (id, tenant_id, practitioner_id, kind, starts_at, ends_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    tenant,
                    practitioner,
                    kind,
                    from.toOffsetDateTime(),
                    to.toOffsetDateTime());
        }

        /** All of one patient, practitioner and room: the crafted times never overlap. */
        void appointment(Connection connection, String status, ZonedDateTime from, ZonedDateTime to)
                throws SQLException {
            update(
                    connection,
                    "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id, location_id, room_id,"
                            + " service_id, starts_at, ends_at, status, cancel_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    tenant,
                    patient,
                    practitioner,
                    location,
                    room,
                    service,
                    from.toOffsetDateTime(),
                    to.toOffsetDateTime(),
                    status,
                    "cancelled".equals(status) ? "Patient called" : null);
        }
    }
}
