package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V9 as the application role meets it: one encounter per appointment, on the appointment's
 * patient; a signed treatment note cannot be changed or deleted by anyone, its draft only in its
 * content; amendments correct signed notes only; attachments are typed.
 */
class RecordsSchemaTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SIGNED_RECORD = "CR001";
    private static final String HASH = "a".repeat(64);

    private static TestDatabase database;
    private static UUID tenant;
    private static UUID user;
    private static UUID patient;
    private static UUID otherPatient;
    private static UUID practitioner;
    private static UUID location;
    private static UUID service;

    @BeforeAll
    static void createClinic() throws SQLException {
        database = TestDatabase.create();
        tenant = database.createTenant("records", 2);
        location = UUID.randomUUID();
        practitioner = UUID.randomUUID();
        service = UUID.randomUUID();
        try (Connection owner = database.owner()) {
            inTenant(owner, tenant, c -> {
                List<String> ids = column(c, "select id from clinic.patient order by id");
                patient = UUID.fromString(ids.get(0));
                otherPatient = UUID.fromString(ids.get(1));
                user = UUID.fromString(
                        column(c, "select id from clinic.app_user").get(0));
                update(
                        c,
                        "insert into clinic.location (id, tenant_id, name, time_zone) values (?, ?, 'Centro', 'Europe/Madrid')",
                        location,
                        tenant);
                update(
                        c,
                        "insert into clinic.practitioner (id, tenant_id, user_id, display_name) values (?, ?, ?, 'Dra. Vidal')",
                        practitioner,
                        tenant,
                        user);
                update(
                        c,
                        "insert into clinic.service (id, tenant_id, name, duration_minutes, price, currency)"
                                + " values (?, ?, 'Revisión', 30, 40, 'EUR')",
                        service,
                        tenant);
                return null;
            });
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void oneEncounterPerAppointment() throws SQLException {
        UUID appointment = appointment(0);
        openEncounter(appointment, patient);

        SQLException e = assertThrows(SQLException.class, () -> openEncounter(appointment, patient));
        assertEquals(UNIQUE_VIOLATION, e.getSQLState(), e.getMessage());
    }

    @Test
    void anEncounterIsOnTheAppointmentsPatient() throws SQLException {
        UUID appointment = appointment(1);

        SQLException e = assertThrows(SQLException.class, () -> openEncounter(appointment, otherPatient));
        assertEquals(CHECK_VIOLATION, e.getSQLState(), e.getMessage());
    }

    @Test
    void aDraftChangesOnlyInItsContent() throws SQLException {
        UUID note = draftNote(openEncounter(appointment(2), patient));

        int changed =
                asApp(c -> update(c, "update clinic.treatment_note set findings = 'caries 36' where id = ?", note));
        assertEquals(1, changed);
        SQLException e = assertThrows(
                SQLException.class,
                () -> asApp(
                        c -> update(c, "update clinic.treatment_note set author_name = 'Someone' where id = ?", note)));
        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e.getMessage());
        SQLException delete = assertThrows(
                SQLException.class,
                () -> asApp(c -> update(c, "delete from clinic.treatment_note where id = ?", note)));
        assertEquals(INSUFFICIENT_PRIVILEGE, delete.getSQLState(), delete.getMessage());
    }

    @Test
    void aSignedNoteCannotChangeForAnyRole() throws SQLException {
        UUID note = draftNote(openEncounter(appointment(3), patient));
        sign(note);

        SQLException app = assertThrows(
                SQLException.class,
                () -> asApp(c -> update(c, "update clinic.treatment_note set findings = 'other' where id = ?", note)));
        assertEquals(SIGNED_RECORD, app.getSQLState(), app.getMessage());
        try (Connection owner = database.owner()) {
            SQLException byOwner = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            owner,
                            tenant,
                            c -> update(c, "update clinic.treatment_note set findings = 'other' where id = ?", note)));
            assertEquals(SIGNED_RECORD, byOwner.getSQLState(), byOwner.getMessage());
            SQLException deleted = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            owner, tenant, c -> update(c, "delete from clinic.treatment_note where id = ?", note)));
            assertEquals(SIGNED_RECORD, deleted.getSQLState(), deleted.getMessage());
        }
        assertEquals(
                List.of("Dolor en molar inferior|signed"),
                asApp(c ->
                        column(c, "select findings || '|' || status from clinic.treatment_note where id = ?", note)));
    }

    @Test
    void amendmentsCorrectSignedNotesOnly() throws SQLException {
        UUID encounter = openEncounter(appointment(4), patient);
        UUID draft = draftNote(encounter);

        SQLException onDraft = assertThrows(SQLException.class, () -> amend(encounter, draft));
        assertEquals(CHECK_VIOLATION, onDraft.getSQLState(), onDraft.getMessage());

        sign(draft);
        UUID amendment = amend(encounter, draft);
        SQLException onAmendment = assertThrows(SQLException.class, () -> amend(encounter, amendment));
        assertEquals(CHECK_VIOLATION, onAmendment.getSQLState(), onAmendment.getMessage());
        assertEquals(1, (long)
                asApp(c -> count(c, "select count(*) from clinic.treatment_note where amends_id = ?", draft)));
    }

    @Test
    void onlyTheAuthorSigns() throws SQLException {
        UUID note = draftNote(openEncounter(appointment(5), patient));

        SQLException e = assertThrows(
                SQLException.class,
                () -> asApp(c -> update(
                        c,
                        "update clinic.treatment_note set status = 'signed', signed_at = now(), signed_by = ?,"
                                + " content_hash = ? where id = ?",
                        UUID.randomUUID(),
                        HASH,
                        note)));
        assertEquals(CHECK_VIOLATION, e.getSQLState(), e.getMessage());
    }

    @Test
    void attachmentsAreOfAnAllowedTypeAndKeepTheirBytesApart() throws SQLException {
        UUID encounter = openEncounter(appointment(6), patient);
        UUID attachment = UUID.randomUUID();
        asApp(c -> {
            update(
                    c,
                    "insert into clinic.encounter_attachment (id, tenant_id, encounter_id, file_name, content_type,"
                            + " size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, 'rx.png', 'image/png', 3, ?, ?, now())",
                    attachment,
                    tenant,
                    encounter,
                    HASH,
                    user);
            return update(
                    c,
                    "insert into clinic.attachment_content (id, tenant_id, content) values (?, ?, ?)",
                    attachment,
                    tenant,
                    new byte[] {1, 2, 3});
        });

        SQLException html = assertThrows(
                SQLException.class,
                () -> asApp(c -> update(
                        c,
                        "insert into clinic.encounter_attachment (id, tenant_id, encounter_id, file_name, content_type,"
                                + " size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, 'x.html', 'text/html', 3, ?, ?, now())",
                        UUID.randomUUID(),
                        tenant,
                        encounter,
                        HASH,
                        user)));
        assertEquals(CHECK_VIOLATION, html.getSQLState(), html.getMessage());
        SQLException replaced = assertThrows(
                SQLException.class,
                () -> asApp(
                        c -> update(c, "update clinic.attachment_content set content = 'x' where id = ?", attachment)));
        assertEquals(INSUFFICIENT_PRIVILEGE, replaced.getSQLState(), replaced.getMessage());
    }

    @Test
    void withoutATenantTheAppSeesNoRecords() throws SQLException {
        openEncounter(appointment(7), patient);
        try (Connection app = database.app()) {
            for (String table : List.of("encounter", "treatment_note", "encounter_attachment", "attachment_content")) {
                assertEquals(0, count(app, "select count(*) from clinic." + table), table);
            }
        }
    }

    /** A completed appointment in its own hour, so the tests' appointments never overlap. */
    private static UUID appointment(int slot) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant start = Instant.parse("2026-11-02T09:00:00Z").plusSeconds(3600L * slot);
        try (Connection owner = database.owner()) {
            inTenant(
                    owner,
                    tenant,
                    c -> update(
                            c,
                            "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id, location_id,"
                                    + " service_id, starts_at, ends_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'completed')",
                            id,
                            tenant,
                            patient,
                            practitioner,
                            location,
                            service,
                            Timestamp.from(start),
                            Timestamp.from(start.plusSeconds(1800))));
        }
        return id;
    }

    private static UUID openEncounter(UUID appointment, UUID onPatient) throws SQLException {
        UUID id = UUID.randomUUID();
        asApp(c -> update(
                c,
                "insert into clinic.encounter (id, tenant_id, appointment_id, patient_id, practitioner_id, opened_by,"
                        + " opened_at) values (?, ?, ?, ?, ?, ?, now())",
                id,
                tenant,
                appointment,
                onPatient,
                practitioner,
                user));
        return id;
    }

    private static UUID draftNote(UUID encounter) throws SQLException {
        UUID id = UUID.randomUUID();
        asApp(c -> update(
                c,
                "insert into clinic.treatment_note (id, tenant_id, encounter_id, author_id, author_name, status,"
                        + " findings, created_at, updated_at) values (?, ?, ?, ?, 'Dra. Vidal', 'draft',"
                        + " 'Dolor en molar inferior', now(), now())",
                id,
                tenant,
                encounter,
                user));
        return id;
    }

    private static void sign(UUID note) throws SQLException {
        asApp(c -> update(
                c,
                "update clinic.treatment_note set status = 'signed', signed_at = now(), signed_by = author_id,"
                        + " content_hash = ?, version = version + 1 where id = ?",
                HASH,
                note));
    }

    private static UUID amend(UUID encounter, UUID original) throws SQLException {
        UUID id = UUID.randomUUID();
        asApp(c -> update(
                c,
                "insert into clinic.treatment_note (id, tenant_id, encounter_id, amends_id, amendment_reason, author_id,"
                        + " author_name, status, findings, signed_at, signed_by, content_hash, created_at, updated_at)"
                        + " values (?, ?, ?, ?, 'Wrong tooth', ?, 'Dra. Vidal', 'signed', 'Dolor en 46', now(), ?, ?, now(), now())",
                id,
                tenant,
                encounter,
                original,
                user,
                user,
                HASH));
        return id;
    }

    private static <T> T asApp(TestDatabase.Work<T> work) throws SQLException {
        try (Connection app = database.app()) {
            return inTenant(app, tenant, work);
        }
    }
}
