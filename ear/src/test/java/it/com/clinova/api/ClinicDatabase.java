package it.com.clinova.api;

import com.clinova.db.Credentials;
import com.clinova.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The test server's database as the application role sees it, one clinic bound per transaction
 * exactly as the server binds it. For what the API cannot or should not do in a test: checking
 * what the database holds after a race, ageing a hold past its time without waiting minutes for
 * it, and laying out a practice of fifty practitioners in one transaction.
 */
final class ClinicDatabase {

    private ClinicDatabase() {}

    /** Runs {@code sql} as the application role bound to {@code clinic}; answers the first column of each row. */
    static List<String> query(Clinic clinic, String sql, Object... parameters) {
        return inClinic(clinic, connection -> {
            try (PreparedStatement statement = prepared(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        });
    }

    static int update(Clinic clinic, String sql, Object... parameters) {
        return inClinic(clinic, connection -> {
            try (PreparedStatement statement = prepared(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction of the application role bound to {@code clinic}. */
    static <T> T inClinic(Clinic clinic, Work<T> work) {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        Credentials app = settings.app();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), app.user(), app.password())) {
            connection.setAutoCommit(false);
            UUID tenant = tenantOf(connection, clinic);
            try (PreparedStatement bind =
                    prepared(connection, "select set_config('app.tenant_id', ?, true)", tenant.toString())) {
                bind.executeQuery().close();
            }
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clinic's id, as text. */
    static String tenantId(Connection connection, Clinic clinic) throws SQLException {
        return tenantOf(connection, clinic).toString();
    }

    private static UUID tenantOf(Connection connection, Clinic clinic) throws SQLException {
        String slug = clinic.hostName().substring(0, clinic.hostName().indexOf('.'));
        try (PreparedStatement statement = prepared(connection, "select id from platform.tenant where slug = ?", slug);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return UUID.fromString(rows.getString(1));
        }
    }

    /** Executes one statement with positional parameters; answers the rows it changed. */
    static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
