package com.clinova.db;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway configuration: the DbTool, the tests and any other caller (e.g. an
 * integration-test set-up) migrate through here so they can never disagree on schemas,
 * history table or placeholders.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    public static final String HISTORY_SCHEMA = "platform";
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private Migrations() {}

    /** Flyway configured to connect as the owner role; callers may refine it further. */
    public static FluentConfiguration configure(DatabaseSettings settings) {
        Credentials owner = settings.owner();
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(settings.jdbcUrl(), owner.user(), owner.password())
                .locations(LOCATION)
                .schemas(HISTORY_SCHEMA, "clinic")
                .defaultSchema(HISTORY_SCHEMA)
                .table(HISTORY_TABLE)
                .placeholders(placeholders(settings))
                .validateMigrationNaming(true)
                // The database holds patient records: wiping it is never a migration tool's job.
                .cleanDisabled(true);
    }

    /** Grantee role names for the SQL scripts, already quoted as identifiers. */
    public static Map<String, String> placeholders(DatabaseSettings settings) {
        return Map.of(
                "app_role", Sql.identifier(settings.app().user()),
                "platform_role", Sql.identifier(settings.platform().user()),
                "owner_role", Sql.identifier(settings.owner().user()));
    }

    /** Applies pending migrations and returns the schema version afterwards. */
    public static String migrate(DatabaseSettings settings) {
        Flyway flyway = configure(settings).load();
        flyway.migrate();
        return currentVersion(flyway);
    }

    /** The latest applied version, or {@code "none"} on an empty database. */
    public static String currentVersion(DatabaseSettings settings) {
        return currentVersion(configure(settings).load());
    }

    private static String currentVersion(Flyway flyway) {
        var current = flyway.info().current();
        MigrationVersion version = current == null ? null : current.getVersion();
        return version == null ? "none" : version.getVersion();
    }
}
