package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.clinova.db.demo.DemoSeeder;
import com.clinova.db.demo.DemoTenants;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    private static final UUID SONRISA = DemoTenants.tenantId(DemoTenants.SONRISA);

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
    @Order(1)
    void theBuildExpectsTheLatestMigration() {
        // The application's readiness compares against this property: bump it with a migration.
        assertEquals(System.getProperty("clinova.schema.version"), Migrations.currentVersion(database.settings()));
    }

    @Test
    @Order(1)
    void migratingAgainChangesNothing() {
        String version = Migrations.currentVersion(database.settings());
        assertNotEquals("none", version);
        assertEquals(0, Migrations.configure(database.settings()).load().migrate().migrationsExecuted);
        assertEquals(version, Migrations.migrate(database.settings()));
        Migrations.configure(database.settings()).load().validate();
    }

    @Test
    @Order(1)
    void bootstrappingAgainChangesNothing() throws SQLException {
        new Bootstrap(database.settings()).run();
        assertEquals(0, Migrations.configure(database.settings()).load().migrate().migrationsExecuted);
    }

    @Test
    @Order(1)
    void theAppRoleCanReadTheSchemaVersion() throws SQLException {
        try (Connection app = database.app()) {
            assertEquals(
                    Migrations.currentVersion(database.settings()),
                    column(
                                    app,
                                    "select version from platform.flyway_schema_history where success"
                                            + " order by installed_rank desc limit 1")
                            .get(0));
        }
    }

    @Test
    @Order(2)
    void seedingTwiceSeedsOnce() throws SQLException {
        DemoSeeder seeder = new DemoSeeder(database.settings());
        assertEquals(List.of(DemoTenants.SONRISA, DemoTenants.LUMIERE), seeder.seed());
        long patients = patientCount();
        assertEquals(List.of(), seeder.seed());
        assertEquals(patients, patientCount());
    }

    @Test
    @Order(3)
    void theFixedPatientHasANormalisedSearchName() throws SQLException {
        try (Connection app = database.app()) {
            List<String> names = inTenant(
                    app,
                    SONRISA,
                    c -> column(
                            c,
                            "select search_name from clinic.patient where family_name = 'Núñez García'"
                                    + " and given_name = 'María José' and national_id = '12345678Z'"));
            assertEquals(List.of("nunez garcia maria jose"), names);
        }
    }

    @Test
    @Order(3)
    void theTriggerAndGeneratedColumnNormaliseAnInsert() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection app = database.app()) {
            List<String> row = inTenant(app, SONRISA, c -> {
                update(
                        c,
                        "insert into clinic.patient (id, tenant_id, given_name, family_name, phone)"
                                + " values (?, ?, ' Ángela  Inés', 'Peña\tIbáñez ', '+34 (600) 11-22-33')",
                        id,
                        SONRISA);
                return column(c, "select search_name || '|' || phone_digits from clinic.patient where id = ?", id);
            });
            assertEquals(List.of("pena ibanez angela ines|34600112233"), row);

            List<String> updated = inTenant(app, SONRISA, c -> {
                update(c, "update clinic.patient set family_name = 'Álvarez', phone = null where id = ?", id);
                return column(
                        c,
                        "select search_name || '|' || phone_digits || '|' || (updated_at > created_at)"
                                + " from clinic.patient where id = ?",
                        id);
            });
            assertEquals(List.of("alvarez angela ines||true"), updated);
        }
    }

    @Test
    @Order(3)
    void searchKeyIsUsableByTheApp() throws SQLException {
        try (Connection app = database.app()) {
            long matches = inTenant(
                    app,
                    SONRISA,
                    c -> count(
                            c,
                            "select count(*) from clinic.patient where search_name like platform.search_key(?) || '%'",
                            "  NÚÑEZ  "));
            assertEquals(1, matches);
        }
    }

    private static long patientCount() throws SQLException {
        try (Connection superuser = database.superuser()) {
            // The superuser bypasses RLS, which is what a whole-database count needs.
            return count(superuser, "select count(*) from clinic.patient");
        }
    }
}
