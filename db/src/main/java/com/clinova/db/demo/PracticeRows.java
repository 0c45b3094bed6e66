package com.clinova.db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.UUID;

/** The practice rows of a demo clinic; the caller has bound the tenant already. */
final class PracticeRows {

    private PracticeRows() {}

    static void insert(Connection connection, DemoTenant tenant, DemoPractice practice) throws SQLException {
        UUID clinic = tenant.id();
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.location"
                + " (id, tenant_id, name, address, phone, time_zone) values (?, ?, ?, ?, ?, ?)")) {
            for (DemoPractice.Location l : practice.locations()) {
                batch(insert, l.id(), clinic, l.name(), l.address(), l.phone(), l.timeZone());
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into clinic.room (id, tenant_id, location_id, name) values (?, ?, ?, ?)")) {
            for (DemoPractice.Room r : practice.rooms()) {
                batch(insert, r.id(), clinic, r.locationId(), r.name());
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.practitioner"
                + " (id, tenant_id, user_id, display_name, specialty, colour) values (?, ?, ?, ?, ?, ?)")) {
            for (DemoPractice.Practitioner p : practice.practitioners()) {
                batch(insert, p.id(), clinic, p.userId(), p.displayName(), p.specialty(), p.colour());
            }
            insert.executeBatch();
        }
        insertServices(connection, clinic, practice);
        insertHours(connection, clinic, practice);
        insertExceptions(connection, clinic, ZoneId.of(tenant.timeZone()), practice);
    }

    private static void insertServices(Connection connection, UUID clinic, DemoPractice practice) throws SQLException {
        try (PreparedStatement service = connection.prepareStatement("insert into clinic.service (id, tenant_id,"
                        + " name, description, duration_minutes, price, currency) values (?, ?, ?, ?, ?, ?, 'EUR')");
                PreparedStatement by = connection.prepareStatement("insert into clinic.service_practitioner"
                        + " (tenant_id, service_id, practitioner_id) values (?, ?, ?)");
                PreparedStatement in = connection.prepareStatement(
                        "insert into clinic.service_room (tenant_id, service_id, room_id) values (?, ?, ?)")) {
            for (DemoPractice.Service s : practice.services()) {
                batch(service, s.id(), clinic, s.name(), s.description(), s.minutes(), s.price());
                for (UUID practitioner : s.practitionerIds()) {
                    batch(by, clinic, s.id(), practitioner);
                }
                for (UUID room : s.roomIds()) {
                    batch(in, clinic, s.id(), room);
                }
            }
            service.executeBatch();
            by.executeBatch();
            in.executeBatch();
        }
    }

    private static void insertHours(Connection connection, UUID clinic, DemoPractice practice) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.working_hours (id, tenant_id,"
                + " practitioner_id, location_id, day_of_week, start_time, end_time) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPractice.Hours h : practice.hours()) {
                String key = h.practitionerId() + "/" + h.day() + "/" + h.start();
                batch(
                        insert,
                        practice.idOf("hours", key),
                        clinic,
                        h.practitionerId(),
                        h.locationId(),
                        (short) h.day().getValue(),
                        h.start(),
                        h.end());
            }
            insert.executeBatch();
        }
    }

    private static void insertExceptions(Connection connection, UUID clinic, ZoneId zone, DemoPractice practice)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.schedule_exception (id,"
                + " tenant_id, practitioner_id, location_id, kind, starts_at, ends_at, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPractice.Exception e : practice.exceptions()) {
                batch(
                        insert,
                        UUID.randomUUID(), // dates move with the seed day, so the id may not stay fixed
                        clinic,
                        e.practitionerId(),
                        e.locationId(),
                        e.kind(),
                        e.start().atZone(zone).toOffsetDateTime(),
                        e.end().atZone(zone).toOffsetDateTime(),
                        e.reason());
            }
            insert.executeBatch();
        }
    }

    private static void batch(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
