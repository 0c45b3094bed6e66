package com.clinova.db.demo;

import com.clinova.db.Credentials;
import com.clinova.db.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo clinics as the platform role. Row-level security applies to that role too,
 * so each clinic is written in its own transaction with the tenant bound transaction-locally,
 * exactly as the application does it. A clinic that already exists is left untouched.
 */
public final class DemoSeeder {

    private final DatabaseSettings settings;

    public DemoSeeder(DatabaseSettings settings) {
        this.settings = settings;
    }

    /**
     * Seeds every missing demo clinic (and the demo operator) and returns the slugs of the clinics
     * it created (empty if none).
     */
    public List<String> seed() throws SQLException {
        Credentials platform = settings.platform();
        List<String> created = new ArrayList<>();
        try (Connection connection =
                DriverManager.getConnection(settings.jdbcUrl(), platform.user(), platform.password())) {
            connection.setAutoCommit(false);
            for (DemoTenant tenant : DemoTenants.all()) {
                if (seed(connection, tenant)) {
                    created.add(tenant.slug());
                }
            }
            // The demo operator is not a clinic: it is not among the slugs answered.
            DemoOperators.insert(connection);
            connection.commit();
        }
        return created;
    }

    private static boolean seed(Connection connection, DemoTenant tenant) throws SQLException {
        try {
            if (exists(connection, tenant.slug())) {
                connection.rollback();
                return false;
            }
            bindTenant(connection, tenant);
            PlatformRows.insert(connection, tenant, logo(tenant.logoResource()));
            ClinicRows.insertUsers(connection, tenant);
            ClinicRows.insertPatients(connection, tenant);
            LocalDate today = LocalDate.now(ZoneId.of(tenant.timeZone()));
            PracticeRows.insert(connection, tenant, DemoPractices.of(tenant.slug(), today));
            BillingRows.insert(connection, tenant, DemoBilling.of(tenant.slug()));
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean exists(Connection connection, String slug) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from platform.tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void bindTenant(Connection connection, DemoTenant tenant) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant.id().toString());
            bind.executeQuery().close();
        }
    }

    private static byte[] logo(String resource) {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo logo resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
