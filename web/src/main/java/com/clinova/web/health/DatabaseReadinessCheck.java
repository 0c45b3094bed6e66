package com.clinova.web.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is at least the version this build expects. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String SCHEMA_VERSION = "select version from platform.flyway_schema_history"
            + " where success and version is not null order by installed_rank desc limit 1";

    private static final String BUILD_PROPERTIES = "/META-INF/clinova-build.properties";

    @Resource(lookup = "jdbc/clinova")
    DataSource dataSource;

    /**
     * The schema version this build was made for, written into the WAR by the build; -1 if that
     * file is missing. Never thrown from here: a check bean that fails to construct is silently
     * left out by MicroProfile Health, and readiness would then say UP.
     */
    private int expectedVersion = -1;

    @PostConstruct
    void readExpectedVersion() {
        Properties build = new Properties();
        try (InputStream in = DatabaseReadinessCheck.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                build.load(in);
                expectedVersion = Integer.parseInt(build.getProperty("schema.version", "-1"));
            }
        } catch (IOException | NumberFormatException e) {
            expectedVersion = -1;
        }
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rs = statement.executeQuery(SCHEMA_VERSION)) {
                String applied = rs.next() ? rs.getString(1) : "none";
                return HealthCheckResponse.named("database")
                        .status(isAtLeastExpected(applied))
                        .withData("schema", applied)
                        .withData("expected", expectedVersion)
                        .build();
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "unreachable" : e.getSQLState();
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", state)
                    .build();
        }
    }

    /** A newer schema is fine (migrations run before new nodes start); an older one is not. */
    private boolean isAtLeastExpected(String applied) {
        if (expectedVersion < 0) {
            return false;
        }
        try {
            return Integer.parseInt(applied) >= expectedVersion;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
