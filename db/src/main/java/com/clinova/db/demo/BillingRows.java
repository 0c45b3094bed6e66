package com.clinova.db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The billing settings row of a demo clinic; the caller has bound the tenant already. */
final class BillingRows {

    private BillingRows() {}

    static void insert(Connection connection, DemoTenant tenant, DemoBilling billing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.billing_settings"
                + " (tenant_id, tax_rate, invoice_prefix, legal_name, tax_id, address) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, tenant.id());
            insert.setBigDecimal(2, billing.taxRate());
            insert.setString(3, billing.invoicePrefix());
            insert.setString(4, billing.legalName());
            insert.setString(5, billing.taxId());
            insert.setString(6, billing.address());
            insert.executeUpdate();
        }
    }
}
