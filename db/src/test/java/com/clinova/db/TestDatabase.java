package com.clinova.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A throw-away database on the test PostgreSQL (clinova.db.host / clinova.db.port, superuser
 * with trust auth): roles bootstrapped, migrations applied, dropped on close. Each test class
 * gets its own, so classes cannot see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

    /** Work done on a connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;

    private TestDatabase(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** Creates, bootstraps and migrates a fresh database. */
    public static TestDatabase create() throws SQLException {
        byte[] suffix = new byte[6];
        new SecureRandom().nextBytes(suffix);
        String name = "clinova_test_" + HexFormat.of().formatHex(suffix);
        TestDatabase database =
                new TestDatabase(DatabaseSettings.fromEnvironment().withName(name));
        new Bootstrap(database.settings).run();
        Migrations.migrate(database.settings);
        return database;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Connection superuser() throws SQLException {
        return connect(settings.superuser());
    }

    public Connection owner() throws SQLException {
        return connect(settings.owner());
    }

    public Connection app() throws SQLException {
        return connect(settings.app());
    }

    public Connection platform() throws SQLException {
        return connect(settings.platform());
    }

    private Connection connect(Credentials credentials) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), credentials.user(), credentials.password());
    }

    /** Runs {@code work} in one transaction with {@code tenant} bound the way the application binds it. */
    public static <T> T inTenant(Connection connection, UUID tenant, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            bindTenant(connection, tenant);
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public static void bindTenant(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant.toString());
            bind.executeQuery().close();
        }
    }

    /** A tenant with one user and {@code patients} patients, written through the platform role. */
    public UUID createTenant(String slug, int patients) throws SQLException {
        UUID tenant = UUID.randomUUID();
        try (Connection platform = platform()) {
            inTenant(platform, tenant, connection -> {
                update(connection, "insert into platform.tenant (id, slug) values (?, ?)", tenant, slug);
                update(
                        connection,
                        "insert into clinic.app_user (id, tenant_id, username, display_name,"
                                + " password_hash, roles) values (?, ?, 'admin', 'Admin', 'x', array['clinic-admin'])",
                        UUID.randomUUID(),
                        tenant);
                for (int i = 0; i < patients; i++) {
                    update(
                            connection,
                            "insert into clinic.patient (id, tenant_id, given_name, family_name)"
                                    + " values (?, ?, ?, ?)",
                            UUID.randomUUID(),
                            tenant,
                            "Patient " + i,
                            slug);
                }
                return null;
            });
        }
        return tenant;
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of every row, as strings (null stays null). */
    public static List<String> column(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(column(connection, sql, parameters).get(0));
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                        settings.jdbcUrl("postgres"),
                        settings.superuser().user(),
                        settings.superuser().password());
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + Sql.identifier(settings.name()) + " with (force)");
        }
    }
}
