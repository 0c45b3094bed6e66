package it.com.clinova.api;

import com.clinova.db.Credentials;
import com.clinova.db.DatabaseSettings;
import com.clinova.db.demo.DemoTenants;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The demo clinics' audit rows straight from the test database (the server's own database), for
 * tests that must see exactly what was stored, and the owner role's hands for tests that tamper
 * with the trail as only the owner can. Both bind the clinic the way the application does: the
 * owner is subject to row-level security too.
 */
final class AuditRows {

    /** One stored audit row, with arrays as comma-separated text. */
    record Row(
            long seq,
            String requestId,
            String action,
            String objectType,
            String objectId,
            String patientIds,
            String actorUsername,
            String actorRoles,
            boolean actorIsTheAccount,
            String clientAddress) {}

    private static final String SELECT = "select seq, request_id, action, object_type, object_id::text,"
            + " array_to_string(patient_ids, ','), actor_username, array_to_string(actor_roles, ','),"
            + " actor_id = (select u.id from clinic.app_user u where u.username = e.actor_username),"
            + " host(client_address) from clinic.audit_event e";

    private AuditRows() {}

    static UUID tenantOf(Clinic clinic) {
        return DemoTenants.tenantId(clinic.name().toLowerCase(Locale.ROOT));
    }

    /** Every row of {@code clinic} written in the requests with these ids, in chain order. */
    static List<Row> ofRequests(Clinic clinic, List<String> requestIds) {
        return query(settings().app(), clinic, SELECT + " where request_id = any(?) order by seq", (Object)
                requestIds.toArray(String[]::new));
    }

    /** How many rows of {@code clinic} name this patient. */
    static long countAbout(Clinic clinic, String patientId) {
        return query(settings().app(), clinic, SELECT + " where patient_ids @> array[cast(? as uuid)]", patientId)
                .size();
    }

    /** As the owner role: {@code sql} with the clinic bound, e.g. an UPDATE of one row. */
    static int asOwner(Clinic clinic, String sql, Object... parameters) {
        try (Connection owner = connect(settings().owner())) {
            owner.setAutoCommit(false);
            bind(owner, clinic);
            int changed;
            try (PreparedStatement statement = owner.prepareStatement(sql)) {
                set(owner, statement, parameters);
                changed = statement.executeUpdate();
            }
            owner.commit();
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Row> query(Credentials role, Clinic clinic, String sql, Object... parameters) {
        try (Connection connection = connect(role)) {
            connection.setAutoCommit(false);
            bind(connection, clinic);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                set(connection, statement, parameters);
                try (ResultSet found = statement.executeQuery()) {
                    while (found.next()) {
                        rows.add(new Row(
                                found.getLong(1),
                                found.getString(2),
                                found.getString(3),
                                found.getString(4),
                                found.getString(5),
                                found.getString(6),
                                found.getString(7),
                                found.getString(8),
                                found.getBoolean(9),
                                found.getString(10)));
                    }
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void set(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(
                    i + 1, value instanceof String[] texts ? connection.createArrayOf("text", texts) : value);
        }
    }

    private static void bind(Connection connection, Clinic clinic) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenantOf(clinic).toString());
            bind.executeQuery().close();
        }
    }

    private static Connection connect(Credentials role) throws SQLException {
        DatabaseSettings settings = settings();
        return DriverManager.getConnection(settings.jdbcUrl(), role.user(), role.password());
    }

    private static DatabaseSettings settings() {
        return DatabaseSettings.fromEnvironment();
    }
}
