package com.clinova.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The control plane's connection: the platform database role ({@code jdbc/clinovaPlatform}),
 * never the application role and never a role with BYPASSRLS. It sees platform tables; clinic
 * rows only while a clinic is bound transaction-locally (onboarding binds the new clinic), and
 * it has no grants at all on clinical records. Connections join the caller's JTA transaction.
 */
@ApplicationScoped
public class PlatformDatabase {

    @Resource(lookup = "jdbc/clinovaPlatform")
    DataSource dataSource;

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
