package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.NewClinic;
import com.clinova.tenancy.domain.OnboardingRecord;
import com.clinova.tenancy.domain.ProvisioningFailedException;
import com.clinova.tenancy.domain.TenantProvisioning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain JDBC as the platform role in the caller's JTA transaction: a handful of inserts into
 * several schemas with the new clinic bound half-way, which is clearer as SQL than as entities.
 * The clinic is bound with {@code set_config(..., true)}: transaction-local, gone at commit.
 */
@ApplicationScoped
public class JdbcTenantProvisioning implements TenantProvisioning {

    @Inject
    PlatformDatabase database;

    @Override
    public boolean slugExists(String slug) {
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement("select 1 from platform.tenant where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check slug " + slug, e);
        }
    }

    @Override
    public void lockKey(String key) {
        try (Connection c = database.connection();
                PreparedStatement lock =
                        c.prepareStatement("select pg_advisory_xact_lock(hashtextextended('onboarding:' || ?, 0))")) {
            lock.setString(1, key);
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock idempotency key", e);
        }
    }

    @Override
    public Optional<OnboardingRecord> findByKey(String key) {
        String sql = "select r.idempotency_key, r.fingerprint, r.tenant, t.slug, s.display_name, r.admin_username,"
                + " t.plan_code, r.sample_data, r.created_at from platform.onboarding_request r"
                + " join platform.tenant t on t.id = r.tenant join platform.tenant_setting s on s.tenant = t.id"
                + " where r.idempotency_key = ?";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OnboardingRecord(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getObject(3, UUID.class),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getBoolean(8),
                        rows.getTimestamp(9).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read onboarding request", e);
        }
    }

    @Override
    public List<String> create(NewClinic clinic, String key, String fingerprint, String requestedBy) {
        List<String> steps = new ArrayList<>();
        try (Connection c = database.connection()) {
            insertTenant(c, clinic);
            steps.add("tenant");
            steps.add("domain");
            insertSettings(c, clinic);
            steps.add("settings");
            bind(c, clinic.id().toString());
            insertAdmin(c, clinic);
            steps.add("admin");
            if (clinic.sampleData()) {
                SamplePractice.insert(c, clinic);
                steps.add("sample-data");
            }
            bind(c, "");
            execute(
                    c,
                    "insert into platform.onboarding_request (idempotency_key, fingerprint, tenant, requested_by,"
                            + " admin_username, sample_data) values (?, ?, ?, ?, ?, ?)",
                    key,
                    fingerprint,
                    clinic.id(),
                    requestedBy,
                    clinic.adminUsername(),
                    clinic.sampleData());
            return steps;
        } catch (SQLException e) {
            throw new ProvisioningFailedException(e);
        }
    }

    private static void insertTenant(Connection c, NewClinic clinic) throws SQLException {
        execute(
                c,
                "insert into platform.tenant (id, slug, status, plan_code, country) values (?, ?, 'active', ?, ?)",
                clinic.id(),
                clinic.slug().value(),
                clinic.planCode(),
                clinic.country());
    }

    private static void insertSettings(Connection c, NewClinic clinic) throws SQLException {
        execute(
                c,
                "insert into platform.tenant_setting (tenant, display_name, locale, time_zone, currency)"
                        + " values (?, ?, ?, ?, ?)",
                clinic.id(),
                clinic.clinicName(),
                clinic.locale(),
                clinic.timeZone(),
                clinic.currency());
    }

    private static void insertAdmin(Connection c, NewClinic clinic) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into clinic.app_user (id, tenant_id, username,"
                + " display_name, password_hash, roles) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, clinic.adminId());
            insert.setObject(2, clinic.id());
            insert.setString(3, clinic.adminUsername());
            insert.setString(4, clinic.adminUsername());
            insert.setString(5, clinic.adminPasswordHash());
            insert.setArray(6, c.createArrayOf("text", new String[] {"clinic-admin"}));
            insert.executeUpdate();
        }
    }

    static void bind(Connection c, String tenant) throws SQLException {
        try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.executeQuery().close();
        }
    }

    static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    static UUID idOf(UUID tenant, String what) {
        return UUID.nameUUIDFromBytes((tenant + ":" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
