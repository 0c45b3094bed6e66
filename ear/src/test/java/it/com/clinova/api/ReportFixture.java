package it.com.clinova.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A small practice of its own in sonrisa for the report tests, with a past week whose figures are
 * known: a practitioner working Monday to Friday 09:00–13:00 in Madrid at a location nobody else
 * works at, one room, and appointments in every status that matters. Written straight into the
 * clinic's tables (as the application role, sonrisa bound): the appointments' statuses are the
 * precondition here, not the subject, and past appointments cannot be booked through the API.
 */
public final class ReportFixture {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A Monday in the past; the week [MONDAY, MONDAY + 7) holds the fixture's appointments. */
    public static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    private static ReportFixture shared;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String location = UUID.randomUUID().toString();
    public final String room = UUID.randomUUID().toString();
    public final String practitioner = UUID.randomUUID().toString();
    public final String practitionerName = "Dr. Informe " + suffix;
    public final String service = UUID.randomUUID().toString();
    public final String patient = UUID.randomUUID().toString();
    public final String patientFamilyName = "Informe" + suffix;

    public static synchronized ReportFixture shared() {
        if (shared == null) {
            shared = new ReportFixture();
        }
        return shared;
    }

    private ReportFixture() {
        ClinicDatabase.inClinic(Clinic.SONRISA, connection -> {
            insertPractice(connection, ClinicDatabase.tenantId(connection, Clinic.SONRISA));
            return null;
        });
    }

    /**
     * Issues an invoice today for the fixture's patient, with a free line: this month's revenue
     * then has a row without a service, in the clinic's currency.
     */
    public void issueAnInvoiceToday(String unitPrice) {
        Invoices.issuedWithLine(Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING), patient, unitPrice);
    }

    private void insertPractice(Connection c, String tenant) throws SQLException {
        ClinicDatabase.execute(
                c,
                "insert into clinic.location (id, tenant_id, name, time_zone)"
                        + " values (?::uuid, ?::uuid, ?, 'Europe/Madrid')",
                location,
                tenant,
                "Informes " + suffix);
        ClinicDatabase.execute(
                c,
                "insert into clinic.room (id, tenant_id, location_id, name)"
                        + " values (?::uuid, ?::uuid, ?::uuid, 'Sala informes')",
                room,
                tenant,
                location);
        ClinicDatabase.execute(
                c,
                "insert into clinic.practitioner (id, tenant_id, display_name)" + " values (?::uuid, ?::uuid, ?)",
                practitioner,
                tenant,
                practitionerName);
        ClinicDatabase.execute(
                c,
                "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                        + " values (?::uuid, ?::uuid, ?, 30, 40, 'EUR')",
                service,
                tenant,
                "Revisión " + suffix);
        ClinicDatabase.execute(
                c,
                "insert into clinic.patient (id, tenant_id, given_name, family_name)"
                        + " values (?::uuid, ?::uuid, 'Ana', ?)",
                patient,
                tenant,
                patientFamilyName);
        for (int day = 1; day <= 5; day++) {
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.working_hours (id, tenant_id, practitioner_id, location_id,"
                            + " day_of_week, start_time, end_time) values (?, ?::uuid, ?::uuid, ?::uuid, ?, '09:00', '13:00')",
                    UUID.randomUUID(),
                    tenant,
                    practitioner,
                    location,
                    day);
        }
        appointment(c, tenant, "completed", 0, LocalTime.of(9, 0), 60);
        appointment(c, tenant, "no_show", 0, LocalTime.of(10, 0), 30);
        appointment(c, tenant, "checked_in", 1, LocalTime.of(12, 30), 60); // half after 13:00
        appointment(c, tenant, "cancelled", 2, LocalTime.of(9, 0), 60);
    }

    private void appointment(Connection c, String tenant, String status, int day, LocalTime start, int minutes)
            throws SQLException {
        OffsetDateTime startsAt =
                LocalDateTime.of(MONDAY.plusDays(day), start).atZone(MADRID).toOffsetDateTime();
        ClinicDatabase.execute(
                c,
                "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id,"
                        + " location_id, room_id, service_id, starts_at, ends_at, status, cancel_reason)"
                        + " values (?, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?)",
                UUID.randomUUID(),
                tenant,
                patient,
                practitioner,
                location,
                room,
                service,
                startsAt,
                startsAt.plusMinutes(minutes),
                status,
                "cancelled".equals(status) ? "Patient called" : null);
    }
}
