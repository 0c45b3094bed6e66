package com.clinova.tenancy.infrastructure;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.TenantSummary;
import com.clinova.tenancy.domain.TenantCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JdbcTenantCatalog implements TenantCatalog {

    private static final String COLUMNS = "select t.id, t.slug, s.display_name, t.status, t.plan_code, t.country,"
            + " s.locale, s.time_zone, s.currency, t.created_at"
            + " from platform.tenant t join platform.tenant_setting s on s.tenant = t.id";

    @Inject
    PlatformDatabase database;

    @Override
    public List<TenantSummary> list(Optional<String> query, int limit) {
        String sql = COLUMNS + " where (?::text is null or strpos(t.slug, lower(?::text)) > 0"
                + " or strpos(platform.search_key(s.display_name), platform.search_key(?::text)) > 0)"
                + " order by t.created_at desc, t.id limit ?";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            String q = query.filter(s -> !s.isBlank()).orElse(null);
            select.setObject(1, q, Types.VARCHAR);
            select.setObject(2, q, Types.VARCHAR);
            select.setObject(3, q, Types.VARCHAR);
            select.setInt(4, limit);
            return read(select);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list clinics", e);
        }
    }

    @Override
    public Optional<TenantSummary> find(UUID tenant) {
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(COLUMNS + " where t.id = ?")) {
            select.setObject(1, tenant);
            return read(select).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read clinic " + tenant, e);
        }
    }

    private static List<TenantSummary> read(PreparedStatement select) throws SQLException {
        List<TenantSummary> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new TenantSummary(
                        new TenantId(rows.getObject(1, UUID.class)),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getTimestamp(10).toInstant()));
            }
        }
        return found;
    }
}
