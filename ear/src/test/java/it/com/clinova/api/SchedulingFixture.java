package it.com.clinova.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A practice of its own for the scheduling tests: one location, rooms, practitioners who work
 * there every day from 06:00 to 22:00, a service without a room and one that needs a room. It is
 * written straight into the clinic's tables (as the application role, sonrisa bound) because it
 * is the tests' precondition, not their subject, and fifty practitioners take one transaction
 * this way instead of a hundred requests. The location's zone is chosen so that it is around
 * midday there when the fixture is made, so "in a few seconds" is always inside working hours;
 * each test takes days of its own ({@link #nextDay}), so tests never compete for a time.
 */
final class SchedulingFixture {

    static final LocalTime OPENS = LocalTime.of(6, 0);
    static final LocalTime CLOSES = LocalTime.of(22, 0);
    static final int MINUTES = 30;

    private static final AtomicInteger DAYS = new AtomicInteger();
    private static SchedulingFixture shared;

    final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    final Api desk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);
    final ZoneId zone = middayZone();
    final String location = UUID.randomUUID().toString();
    final List<String> rooms = new ArrayList<>();
    final List<String> practitioners = new ArrayList<>();
    /** Performed by every practitioner, needs no room. */
    final String consultation = UUID.randomUUID().toString();
    /** Performed by every practitioner in one of the rooms. */
    final String cleaning = UUID.randomUUID().toString();

    /** The fixture of this test run, made on first use. */
    static synchronized SchedulingFixture shared() {
        if (shared == null) {
            shared = new SchedulingFixture(3, 2);
        }
        return shared;
    }

    SchedulingFixture(int practitionerCount, int roomCount) {
        for (int i = 0; i < roomCount; i++) {
            rooms.add(UUID.randomUUID().toString());
        }
        for (int i = 0; i < practitionerCount; i++) {
            practitioners.add(UUID.randomUUID().toString());
        }
        String name = "IT " + PatientBuilder.RUN + " " + location.substring(0, 8);
        ClinicDatabase.inClinic(Clinic.SONRISA, connection -> {
            insert(connection, name);
            return null;
        });
    }

    private void insert(Connection c, String name) throws SQLException {
        UUID tenant = UUID.fromString(ClinicDatabase.tenantId(c, Clinic.SONRISA));
        ClinicDatabase.execute(
                c,
                "insert into clinic.location (id, tenant_id, name, time_zone) values (?::uuid, ?, ?, ?)",
                location,
                tenant,
                name,
                zone.getId());
        for (int i = 0; i < rooms.size(); i++) {
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.room (id, tenant_id, location_id, name) values (?::uuid, ?, ?::uuid, ?)",
                    rooms.get(i),
                    tenant,
                    location,
                    "Sala " + i);
        }
        for (int i = 0; i < practitioners.size(); i++) {
            String practitioner = practitioners.get(i);
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.practitioner (id, tenant_id, display_name) values (?::uuid, ?, ?)",
                    practitioner,
                    tenant,
                    name + " " + i);
            for (int day = 1; day <= 7; day++) {
                ClinicDatabase.execute(
                        c,
                        "insert into clinic.working_hours (id, tenant_id, practitioner_id, location_id,"
                                + " day_of_week, start_time, end_time) values (?, ?, ?::uuid, ?::uuid, ?, ?::time, ?::time)",
                        UUID.randomUUID(),
                        tenant,
                        practitioner,
                        location,
                        day,
                        OPENS.toString(),
                        CLOSES.toString());
            }
        }
        service(c, tenant, consultation, "Consulta " + name, List.of());
        service(c, tenant, cleaning, "Limpieza " + name, rooms);
    }

    private void service(Connection c, UUID tenant, String id, String name, List<String> roomIds) throws SQLException {
        ClinicDatabase.execute(
                c,
                "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                        + " values (?::uuid, ?, ?, ?, 40, 'EUR')",
                id,
                tenant,
                name,
                MINUTES);
        for (String practitioner : practitioners) {
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.service_practitioner (tenant_id, service_id, practitioner_id)"
                            + " values (?, ?::uuid, ?::uuid)",
                    tenant,
                    id,
                    practitioner);
        }
        for (String room : roomIds) {
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.service_room (tenant_id, service_id, room_id)"
                            + " values (?, ?::uuid, ?::uuid)",
                    tenant,
                    id,
                    room);
        }
    }

    /**
     * A day of the caller's own, beyond any other test's and beyond the demo clinics' holidays and
     * absences (all within the next five weeks), which apply to this practice too.
     */
    static LocalDate nextDay() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(60 + DAYS.getAndIncrement());
    }

    /** {@code time} of {@code day} at the fixture's location. */
    Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** A booking body for a new patient of the fixture's consultation with its first practitioner. */
    Map<String, Object> consultation(String patientId, Instant start) {
        return booking(patientId, consultation, practitioners.get(0), start);
    }

    static Map<String, Object> booking(String patientId, String serviceId, String practitionerId, Instant start) {
        return new java.util.LinkedHashMap<>(Map.of(
                "patientId",
                patientId,
                "serviceId",
                serviceId,
                "practitionerId",
                practitionerId,
                "start",
                start.toString()));
    }

    String newPatient() {
        return Patients.create(desk, PatientBuilder.aPatient()).path("id").asText();
    }

    /**
     * A fixed-offset zone in which it is between 11:00 and 13:00 now. {@code Etc/GMT-3} is UTC+3
     * (the POSIX sign convention of the Etc zones).
     */
    private static ZoneId middayZone() {
        int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(12 - hour + 11, 24) - 11; // -11..+12
        return offset == 0 ? ZoneId.of("Etc/UTC") : ZoneId.of("Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }
}
