package com.clinova.db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The platform-schema rows of a demo clinic: tenant, settings and custom domain. */
final class PlatformRows {

    private PlatformRows() {}

    static void insert(Connection connection, DemoTenant tenant, byte[] logo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into platform.tenant (id, slug, status, plan_code) values (?, ?, 'active', ?)")) {
            insert.setObject(1, tenant.id());
            insert.setString(2, tenant.slug());
            insert.setString(3, tenant.plan());
            insert.executeUpdate();
        }
        insertSetting(connection, tenant, logo);
        if (tenant.customDomain().isPresent()) {
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into platform.tenant_domain (domain, tenant) values (?, ?)")) {
                insert.setString(1, tenant.customDomain().get());
                insert.setObject(2, tenant.id());
                insert.executeUpdate();
            }
        }
    }

    private static void insertSetting(Connection connection, DemoTenant tenant, byte[] logo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into platform.tenant_setting"
                + " (tenant, display_name, locale, time_zone, currency, primary_colour, logo_content_type, logo)"
                + " values (?, ?, ?, ?, ?, ?, 'image/svg+xml', ?)")) {
            insert.setObject(1, tenant.id());
            insert.setString(2, tenant.displayName());
            insert.setString(3, tenant.locale());
            insert.setString(4, tenant.timeZone());
            insert.setString(5, tenant.currency());
            insert.setString(6, tenant.primaryColour());
            insert.setBytes(7, logo);
            insert.executeUpdate();
        }
    }
}
