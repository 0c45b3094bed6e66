package it.com.clinova.api;

import com.clinova.db.Credentials;
import com.clinova.db.DatabaseSettings;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.TenantEntitlementsAdmin;
import com.clinova.tenancy.infrastructure.JdbcTenantEntitlementsAdmin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The operator's side of a clinic's plan, as the console will use it: tenancy's {@link
 * TenantEntitlementsAdmin} on the platform role's connection to the test database. Public so the
 * portal tests flip the same switches.
 */
public final class PlanAdmin {

    private final TenantEntitlementsAdmin admin;
    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();

    public PlanAdmin() {
        Credentials platform = settings.platform();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(settings.jdbcUrl());
        source.setUser(platform.user());
        source.setPassword(platform.password());
        this.admin = new JdbcTenantEntitlementsAdmin(source);
    }

    /** The demo clinic with this slug. */
    public TenantId clinic(String slug) {
        Credentials platform = settings.platform();
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), platform.user(), platform.password());
                PreparedStatement query =
                        connection.prepareStatement("select id from platform.tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new TenantId(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void featureOff(String slug, Feature feature) {
        admin.overrideFeature(
                clinic(slug),
                feature,
                false,
                OverrideNote.now("plan-test", "switching " + feature.code() + " off in a test"));
    }

    public void clearFeature(String slug, Feature feature) {
        admin.clearFeatureOverride(clinic(slug), feature);
    }

    public void limit(String slug, Quota quota, long max) {
        admin.overrideQuota(
                clinic(slug), quota, QuotaLimit.of(max), OverrideNote.now("plan-test", "a tight limit in a test"));
    }

    public void clearLimit(String slug, Quota quota) {
        admin.clearQuotaOverride(clinic(slug), quota);
    }

    public TenantEntitlementsAdmin service() {
        return admin;
    }
}
