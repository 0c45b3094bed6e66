package com.clinova.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariant 6: the build fails if any tenant table is not isolated by row-level security. */
class RlsCatalogTest {

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
    void everyTenantTableIsRowLevelSecured() throws SQLException {
        try (Connection connection = database.superuser()) {
            assertEquals(List.of(), RlsCatalog.violations(connection));
        }
    }

    @Test
    void theClinicTablesAreCoveredByTheCheck() throws SQLException {
        try (Connection connection = database.superuser()) {
            List<String> tenantTables = TestDatabase.column(
                    connection,
                    "select table_schema || '.' || table_name from information_schema.columns"
                            + " where column_name = 'tenant_id' order by 1");
            assertTrue(
                    tenantTables.containsAll(
                            List.of("clinic.app_user", "clinic.patient", "clinic.audit_event", "clinic.audit_chain")),
                    tenantTables.toString());
        }
    }

    @Test
    void platformTablesNeverUseTheTenantIdColumnName() throws SQLException {
        try (Connection connection = database.superuser()) {
            List<String> offenders = TestDatabase.column(
                    connection,
                    "select table_name from information_schema.columns"
                            + " where table_schema = 'platform' and column_name = 'tenant_id'");
            assertEquals(List.of(), offenders, "platform tables reference a tenant with a column named tenant");
        }
    }

    @Test
    void theCheckerReportsClinicRelationsWithoutTenantIdAndOwnerRightsViews() throws SQLException {
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create table clinic.scratch_note (id uuid primary key, patient_id uuid)");
            statement.execute("create view clinic.scratch_view as select id, tenant_id from clinic.patient");
            try {
                List<String> violations = RlsCatalog.violations(connection);
                assertTrue(
                        violations.stream().anyMatch(v -> v.startsWith("clinic.scratch_note:")), violations.toString());
                assertTrue(
                        violations.stream().anyMatch(v -> v.startsWith("clinic.scratch_view: views")),
                        violations.toString());
            } finally {
                statement.execute("drop view clinic.scratch_view");
                statement.execute("drop table clinic.scratch_note");
            }
        }
    }

    @Test
    void theCheckerReportsAnUnprotectedTable() throws SQLException {
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create table clinic.scratch (id uuid primary key, tenant_id uuid, code text unique)");
            try {
                List<String> violations = RlsCatalog.violations(connection);
                assertTrue(violations.stream().anyMatch(v -> v.startsWith("clinic.scratch: tenant_id must be")));
                assertTrue(violations.stream().anyMatch(v -> v.startsWith("clinic.scratch: row level security")));
                assertTrue(violations.stream().anyMatch(v -> v.startsWith("clinic.scratch: needs a permissive")));
                assertTrue(violations.stream().anyMatch(v -> v.startsWith("clinic.scratch: unique index")));
                assertTrue(violations.stream().allMatch(v -> v.startsWith("clinic.scratch:")), violations.toString());
            } finally {
                statement.execute("drop table clinic.scratch");
            }
        }
    }

    @Test
    void theCheckerReportsALaxExtraPolicy() throws SQLException {
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create policy everything on clinic.patient for select using (true)");
            try {
                assertEquals(
                        List.of("clinic.patient: permissive policy everything does not compare tenant_id with"
                                + " (select current_setting('app.tenant_id', true))"),
                        RlsCatalog.violations(connection));
            } finally {
                statement.execute("drop policy everything on clinic.patient");
            }
        }
    }

    @Test
    void policyShapeRecognition() {
        assertTrue(RlsCatalog.isTenantPredicate("(tenant_id = ( SELECT (NULLIF(current_setting('app.tenant_id'::text,"
                + " true), ''::text))::uuid AS \"nullif\"))"));
        assertTrue(RlsCatalog.isTenantPredicate(
                "(tenant_id = ( SELECT (current_setting('app.tenant_id'::text, true))::uuid AS current_setting))"));
        // Per-row evaluation, a different setting, or an escape hatch must not pass.
        assertFalse(RlsCatalog.isTenantPredicate("(tenant_id = (current_setting('app.tenant_id'::text, true))::uuid)"));
        assertFalse(RlsCatalog.isTenantPredicate(
                "(tenant_id = ( SELECT (current_setting('app.other'::text, true))::uuid AS current_setting))"));
        assertFalse(RlsCatalog.isTenantPredicate("((tenant_id = ( SELECT (current_setting('app.tenant_id'::text,"
                + " true))::uuid AS current_setting)) OR true)"));
        assertFalse(RlsCatalog.isTenantPredicate(null));
    }
}
