package com.clinova.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the three roles and the database. This needs a superuser, which is why it is not a
 * migration; every step is idempotent so it can run on each start. On an external PostgreSQL a
 * DBA runs {@code db/bootstrap/roles.sql} instead.
 */
public final class Bootstrap {

    // Applied on every run so a role created by hand with more power is brought back in line;
    // the owner's power comes from owning the database, not from role attributes.
    private static final String ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
    private static final String DUPLICATE_DATABASE = "42P04";

    private final DatabaseSettings settings;

    public Bootstrap(DatabaseSettings settings) {
        this.settings = settings;
    }

    public void run() throws SQLException {
        try (Connection admin = connect("postgres")) {
            ensureRole(admin, settings.owner(), ROLE_ATTRIBUTES);
            ensureRole(admin, settings.app(), ROLE_ATTRIBUTES);
            ensureRole(admin, settings.platform(), ROLE_ATTRIBUTES);
            ensureDatabase(admin);
        }
        try (Connection database = connect(settings.name())) {
            lockDownDatabase(database);
        }
    }

    private Connection connect(String database) throws SQLException {
        Credentials superuser = settings.superuser();
        return DriverManager.getConnection(settings.jdbcUrl(database), superuser.user(), superuser.password());
    }

    private static void ensureRole(Connection admin, Credentials role, String attributes) throws SQLException {
        String name = Sql.identifier(role.user());
        try (Statement statement = admin.createStatement()) {
            // A concurrent bootstrap (another node, another test) may create the role between
            // our check and our CREATE, which surfaces as either error below.
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                    + Sql.literal(role.user()) + ") THEN CREATE ROLE " + name
                    + "; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            statement.execute("ALTER ROLE " + name + " " + attributes + " PASSWORD " + Sql.literal(role.password()));
        }
    }

    private void ensureDatabase(Connection admin) throws SQLException {
        String database = Sql.identifier(settings.name());
        String owner = Sql.identifier(settings.owner().user());
        try (Statement statement = admin.createStatement()) {
            if (!databaseExists(admin)) {
                try {
                    statement.execute(
                            "CREATE DATABASE " + database + " OWNER " + owner + " ENCODING 'UTF8' TEMPLATE template0");
                } catch (SQLException e) {
                    if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + owner);
            statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE " + database + " TO " + owner);
            statement.execute("GRANT CONNECT ON DATABASE " + database + " TO "
                    + Sql.identifier(settings.app().user()) + ", "
                    + Sql.identifier(settings.platform().user()));
        }
    }

    private boolean databaseExists(Connection admin) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, settings.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void lockDownDatabase(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            // PostgreSQL 15 already does this; older servers let every role create in public.
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }
}
