package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.domain.QuotaCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Counts a clinic's practitioners and patients on the platform role, with the clinic bound
 * transaction-locally (the role sees no clinic rows otherwise, and row-level security keeps the
 * count to that clinic). The same definitions the product's quota checks count: active
 * practitioners, every registered patient.
 */
@ApplicationScoped
public class JdbcQuotaCounts implements QuotaCounts {

    private static final String BIND = "select set_config('app.tenant_id', ?, true)";
    private static final String COUNT = "select (select count(*) from clinic.practitioner where active),"
            + " (select count(*) from clinic.patient)";

    @Inject
    PlatformDatabase database;

    @Override
    public Map<Quota, Long> of(UUID tenant) {
        // Two statements: the binding must be in place before the counts are evaluated.
        try (Connection c = database.connection()) {
            try (PreparedStatement bind = c.prepareStatement(BIND)) {
                bind.setString(1, tenant.toString());
                bind.execute();
            }
            try (PreparedStatement count = c.prepareStatement(COUNT);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                Map<Quota, Long> counts = new EnumMap<>(Quota.class);
                counts.put(Quota.PRACTITIONERS, rows.getLong(1));
                counts.put(Quota.ACTIVE_PATIENTS, rows.getLong(2));
                return counts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the usage of clinic " + tenant, e);
        }
    }
}
