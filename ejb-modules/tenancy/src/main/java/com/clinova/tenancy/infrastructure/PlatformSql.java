package com.clinova.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Transactions on the platform role's data source for the operator's use cases. */
final class PlatformSql {

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource platform;
    private final boolean callerTransaction;

    /** Each unit of work in a transaction of its own (a plain data source, e.g. in tests and tools). */
    PlatformSql(DataSource platform) {
        this(platform, false);
    }

    /**
     * {@code callerTransaction}: the data source is container-managed and every unit of work joins
     * the caller's JTA transaction (so that, e.g., a change and its platform audit entry commit or
     * roll back together); the container commits, never this class.
     */
    PlatformSql(DataSource platform, boolean callerTransaction) {
        this.platform = platform;
        this.callerTransaction = callerTransaction;
    }

    /** Runs {@code work} in one transaction; rolls back when it throws. */
    <T> T inTransaction(Work<T> work) {
        if (callerTransaction) {
            try (Connection connection = platform.getConnection()) {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Platform database failure", e);
            }
        }
        try (Connection connection = platform.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Platform database failure", e);
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static List<Object[]> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            List<Object[]> result = new ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                result.add(row);
            }
            return result;
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
