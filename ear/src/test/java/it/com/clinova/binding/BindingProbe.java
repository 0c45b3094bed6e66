package it.com.clinova.binding;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads through each test persistence unit, one JTA transaction per call. */
@ApplicationScoped
public class BindingProbe {

    @PersistenceContext(unitName = "bound")
    EntityManager bound;

    @PersistenceContext(unitName = "shared-cache")
    EntityManager sharedCache;

    @PersistenceContext(unitName = "single-connection")
    EntityManager singleConnection;

    @Resource(lookup = "jdbc/clinovaSingleConnection")
    DataSource singleConnectionDataSource;

    @Resource(lookup = "jdbc/clinovaReports")
    DataSource reportsDataSource;

    @Transactional
    public List<PatientRow> allPatients() {
        return bound.createQuery("select p from PatientRow p", PatientRow.class).getResultList();
    }

    /** Reads as the bound clinic, then tries to continue the same transaction as {@code other}. */
    @Transactional
    public void readThenReadAs(TenantId other) {
        bound.createQuery("select p from PatientRow p", PatientRow.class).getResultList();
        TenantContext.runAs(other, () -> bound.createQuery("select p from PatientRow p", PatientRow.class)
                .getResultList());
    }

    @Transactional
    public PatientRow find(UUID id) {
        return bound.find(PatientRow.class, id);
    }

    @Transactional
    public PatientRow findWithSharedCache(UUID id) {
        return sharedCache.find(PatientRow.class, id);
    }

    /**
     * Logs EclipseLink in before the measured transactions: its lazy first login needs a
     * connection of its own, which a pool of one cannot give while a transaction holds the only
     * one. Transactional (like every call here) because Liberty keeps a connection used outside a
     * global transaction until the request ends, which would starve the pool of one.
     */
    @Transactional
    public void warmUpSingleConnection() {
        singleConnection.createNativeQuery("select 1").getSingleResult();
    }

    /** The rows visible on the single pooled connection, and that connection's backend pid. */
    @Transactional
    public Sighting onSingleConnection() {
        List<PatientRow> rows = singleConnection
                .createQuery("select p from PatientRow p", PatientRow.class)
                .getResultList();
        Object pid =
                singleConnection.createNativeQuery("select pg_backend_pid()").getSingleResult();
        Object setting = singleConnection
                .createNativeQuery("select coalesce(current_setting('app.tenant_id', true), '')")
                .getSingleResult();
        return new Sighting(rows, ((Number) pid).intValue(), (String) setting, rows.size());
    }

    /**
     * A plain JDBC statement on the single pooled connection without the tenant binding: whatever
     * it sees, a previous transaction left behind on the connection.
     */
    @Transactional
    public Sighting tenantlessStatement() throws SQLException {
        try (Connection connection = singleConnectionDataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select (select count(*) from clinic.patient), pg_backend_pid(),"
                        + " coalesce(current_setting('app.tenant_id', true), '')")) {
            rs.next();
            return new Sighting(List.of(), rs.getInt(2), rs.getString(3), rs.getLong(1));
        }
    }

    /** Whether the read side's connection is read-only outside a transaction, and what a write gets there. */
    public ReadSide readSideOutsideTransaction() throws SQLException {
        try (Connection connection = reportsDataSource.getConnection()) {
            return new ReadSide(setting(connection), writeState(connection));
        }
    }

    /** The same inside a transaction. */
    @Transactional
    public ReadSide readSideInTransaction() throws SQLException {
        try (Connection connection = reportsDataSource.getConnection()) {
            return new ReadSide(setting(connection), writeState(connection));
        }
    }

    private static String setting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select current_setting('transaction_read_only')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** An update that would touch no row: a read-only transaction refuses it all the same. */
    private static String writeState(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update clinic.patient set notes = notes where false");
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    /** {@code transaction_read_only} and the SQLState a write got (null if it went through). */
    public record ReadSide(String readOnly, String writeSqlState) {}

    /** What one unit of work on the single connection saw. */
    public record Sighting(List<PatientRow> rows, int backendPid, String tenantSetting, long rowCount) {}
}
