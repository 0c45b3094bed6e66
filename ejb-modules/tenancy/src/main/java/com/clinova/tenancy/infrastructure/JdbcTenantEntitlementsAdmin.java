package com.clinova.tenancy.infrastructure;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.TenantEntitlementsAdmin;
import com.clinova.tenancy.api.TenantEntitlementsView;
import com.clinova.tenancy.domain.EntitlementSources;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import javax.sql.DataSource;

/**
 * The operator's changes to one clinic's entitlements, on the platform role's data source (the
 * application role may not write them). Each change is one transaction that answers the clinic's
 * entitlements as they now are; the product reads them afresh on its next request.
 */
public class JdbcTenantEntitlementsAdmin implements TenantEntitlementsAdmin {

    private final PlatformSql sql;

    public JdbcTenantEntitlementsAdmin(DataSource platform) {
        this(new PlatformSql(platform));
    }

    private JdbcTenantEntitlementsAdmin(PlatformSql sql) {
        this.sql = sql;
    }

    /** On a container-managed data source: every call joins the caller's JTA transaction. */
    public static JdbcTenantEntitlementsAdmin inCallerTransaction(DataSource platform) {
        return new JdbcTenantEntitlementsAdmin(new PlatformSql(platform, true));
    }

    @Override
    public TenantEntitlementsView entitlementsOf(TenantId tenant) {
        return sql.inTransaction(connection -> viewOf(connection, tenant));
    }

    @Override
    public TenantEntitlementsView changePlan(TenantId tenant, String planCode) {
        return sql.inTransaction(connection -> {
            if (PlatformSql.rows(connection, "select 1 from platform.plan where code = ?", planCode)
                    .isEmpty()) {
                throw new ResourceNotFoundException("Plan", planCode);
            }
            int changed = PlatformSql.update(
                    connection, "update platform.tenant set plan_code = ? where id = ?", planCode, tenant.value());
            if (changed == 0) {
                throw new ResourceNotFoundException("Clinic", tenant);
            }
            return viewOf(connection, tenant);
        });
    }

    @Override
    public TenantEntitlementsView overrideFeature(
            TenantId tenant, Feature feature, boolean enabled, OverrideNote note) {
        return sql.inTransaction(connection -> {
            requireTenant(connection, tenant);
            PlatformSql.update(
                    connection,
                    "insert into platform.tenant_feature_override (tenant, feature, enabled, reason, set_by, set_at)"
                            + " values (?, ?, ?, ?, ?, ?) on conflict (tenant, feature) do update set"
                            + " enabled = excluded.enabled, reason = excluded.reason, set_by = excluded.set_by,"
                            + " set_at = excluded.set_at",
                    tenant.value(),
                    feature.code(),
                    enabled,
                    note.reason(),
                    note.setBy(),
                    Timestamp.from(note.setAt()));
            return viewOf(connection, tenant);
        });
    }

    @Override
    public TenantEntitlementsView overrideQuota(TenantId tenant, Quota quota, QuotaLimit limit, OverrideNote note) {
        return sql.inTransaction(connection -> {
            requireTenant(connection, tenant);
            PlatformSql.update(
                    connection,
                    "insert into platform.tenant_quota_override (tenant, quota, max_value, reason, set_by, set_at)"
                            + " values (?, ?, ?, ?, ?, ?) on conflict (tenant, quota) do update set"
                            + " max_value = excluded.max_value, reason = excluded.reason, set_by = excluded.set_by,"
                            + " set_at = excluded.set_at",
                    tenant.value(),
                    quota.code(),
                    limit.max(),
                    note.reason(),
                    note.setBy(),
                    Timestamp.from(note.setAt()));
            return viewOf(connection, tenant);
        });
    }

    @Override
    public TenantEntitlementsView clearFeatureOverride(TenantId tenant, Feature feature) {
        return sql.inTransaction(connection -> {
            PlatformSql.update(
                    connection,
                    "delete from platform.tenant_feature_override where tenant = ? and feature = ?",
                    tenant.value(),
                    feature.code());
            return viewOf(connection, tenant);
        });
    }

    @Override
    public TenantEntitlementsView clearQuotaOverride(TenantId tenant, Quota quota) {
        return sql.inTransaction(connection -> {
            PlatformSql.update(
                    connection,
                    "delete from platform.tenant_quota_override where tenant = ? and quota = ?",
                    tenant.value(),
                    quota.code());
            return viewOf(connection, tenant);
        });
    }

    /** Locks the clinic's row, so a concurrent offboarding cannot slip between check and write. */
    private static void requireTenant(Connection connection, TenantId tenant) throws SQLException {
        if (PlatformSql.rows(connection, "select 1 from platform.tenant where id = ? for share", tenant.value())
                .isEmpty()) {
            throw new ResourceNotFoundException("Clinic", tenant);
        }
    }

    private static TenantEntitlementsView viewOf(Connection connection, TenantId tenant) throws SQLException {
        Object[] parameters =
                Collections.nCopies(EntitlementRows.PARAMETERS, tenant.value()).toArray();
        EntitlementSources sources = EntitlementRows.read(PlatformSql.rows(connection, EntitlementRows.SQL, parameters))
                .orElseThrow(() -> new ResourceNotFoundException("Clinic", tenant));
        return new TenantEntitlementsView(
                tenant, sources.plan(), sources.featureOverrides(), sources.quotaOverrides(), sources.effective());
    }
}
