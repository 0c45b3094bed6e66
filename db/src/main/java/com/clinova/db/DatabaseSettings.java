package com.clinova.db;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the database is and which roles to use. Each value comes from a system property, else
 * the matching environment variable, else the development default, so the same code serves
 * the embedded dev cluster and an external PostgreSQL.
 */
public record DatabaseSettings(
        String host,
        int port,
        String name,
        Credentials superuser,
        Credentials owner,
        Credentials app,
        Credentials platform) {

    public static final String DEFAULT_OWNER = "clinova_owner";
    public static final String DEFAULT_APP = "clinova_app";
    public static final String DEFAULT_PLATFORM = "clinova_platform";

    /** Settings from the JVM's system properties and the process environment. */
    public static DatabaseSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        return resolve(key -> {
            String fromProperty = System.getProperty(key);
            return fromProperty != null ? fromProperty : env.get(environmentName(key));
        });
    }

    /** Settings from an arbitrary lookup keyed by property name (e.g. {@code clinova.db.port}). */
    public static DatabaseSettings resolve(Function<String, String> lookup) {
        return new DatabaseSettings(
                value(lookup, "clinova.db.host", "127.0.0.1"),
                Integer.parseInt(value(lookup, "clinova.db.port", "55432")),
                value(lookup, "clinova.db.name", "clinova"),
                new Credentials(
                        value(lookup, "clinova.db.superuser", "postgres"),
                        password(lookup, "clinova.db.superuser.password", "")),
                role(lookup, "owner", DEFAULT_OWNER),
                role(lookup, "app", DEFAULT_APP),
                role(lookup, "platform", DEFAULT_PLATFORM));
    }

    /** {@code clinova.db.owner.user} becomes {@code CLINOVA_DB_OWNER_USER}. */
    static String environmentName(String propertyKey) {
        return propertyKey.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Credentials role(Function<String, String> lookup, String kind, String defaultUser) {
        String prefix = "clinova.db." + kind;
        return new Credentials(
                value(lookup, prefix + ".user", defaultUser),
                password(lookup, prefix + ".password", defaultUser + "_dev"));
    }

    private static String value(Function<String, String> lookup, String key, String fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    // An explicitly empty password is meaningful (trust auth), so only absence falls back.
    private static String password(Function<String, String> lookup, String key, String fallback) {
        String value = lookup.apply(key);
        return value == null ? fallback : value;
    }

    /** The same server and roles, another database (tests use throw-away databases). */
    public DatabaseSettings withName(String databaseName) {
        return new DatabaseSettings(host, port, databaseName, superuser, owner, app, platform);
    }

    public String jdbcUrl() {
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?ApplicationName=clinova-db";
    }
}
