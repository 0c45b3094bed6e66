package com.clinova.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and reports a successfully migrated schema version. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String SCHEMA_VERSION = "select version from platform.flyway_schema_history"
            + " where success and version is not null order by installed_rank desc limit 1";

    @Resource(lookup = "jdbc/clinova")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rs = statement.executeQuery(SCHEMA_VERSION)) {
                if (!rs.next()) {
                    return HealthCheckResponse.named("database")
                            .down()
                            .withData("schema", "not migrated")
                            .build();
                }
                return HealthCheckResponse.named("database")
                        .up()
                        .withData("schema", rs.getString(1))
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState())
                    .build();
        }
    }
}
