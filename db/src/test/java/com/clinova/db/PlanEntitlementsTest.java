package com.clinova.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.TenantEntitlementsView;
import com.clinova.tenancy.infrastructure.EntitlementRows;
import com.clinova.tenancy.infrastructure.JdbcPlanCatalog;
import com.clinova.tenancy.infrastructure.JdbcTenantEntitlementsAdmin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The plan catalog (V16) and the operator's use cases on it, as the platform role: seeded plans,
 * a new clinic on starter, overrides with who/when/why that replace the plan's word, and the
 * application role only reading. Also measures the one-statement entitlements read that every
 * gated request makes.
 */
class PlanEntitlementsTest {

    private static TestDatabase database;
    private static JdbcTenantEntitlementsAdmin admin;
    private static JdbcPlanCatalog catalog;

    @BeforeAll
    static void create() throws SQLException {
        database = TestDatabase.create();
        PGSimpleDataSource platform = new PGSimpleDataSource();
        platform.setUrl(database.settings().jdbcUrl());
        platform.setUser(database.settings().platform().user());
        platform.setPassword(database.settings().platform().password());
        admin = new JdbcTenantEntitlementsAdmin(platform);
        catalog = new JdbcPlanCatalog(platform);
    }

    @AfterAll
    static void drop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void threePlansAreSeededCheapestFirstWithEveryQuota() {
        List<PlanView> plans = catalog.plans();

        assertEquals(
                List.of("starter", "clinic", "enterprise"),
                plans.stream().map(PlanView::code).toList());
        for (PlanView plan : plans) {
            assertEquals(
                    EnumSet.allOf(Quota.class), EnumSet.copyOf(plan.quotas().keySet()), plan.code());
        }
        assertEquals(QuotaLimit.of(2), plans.get(0).quotas().get(Quota.PRACTITIONERS));
        assertTrue(plans.get(2).quotas().get(Quota.ACTIVE_PATIENTS).isUnlimited());
        assertTrue(
                plans.get(1).features().containsAll(EnumSet.of(Feature.ADVANCED_REPORTS, Feature.RECORD_ATTACHMENTS)));
        assertFalse(plans.get(0).features().contains(Feature.ADVANCED_REPORTS));
    }

    @Test
    void aNewClinicStartsOnStarterAndOverridesReplaceThePlansWord() throws SQLException {
        TenantId clinic = new TenantId(database.createTenant("plan-" + suffix(), 0));
        TenantEntitlementsView initial = admin.entitlementsOf(clinic);
        assertEquals("starter", initial.plan().code());
        assertFalse(initial.effective().isEnabled(Feature.ADVANCED_REPORTS));

        admin.overrideFeature(clinic, Feature.ADVANCED_REPORTS, true, OverrideNote.now("ops@clinova.example", "pilot"));
        TenantEntitlementsView overridden = admin.overrideQuota(
                clinic,
                Quota.PRACTITIONERS,
                QuotaLimit.of(4),
                OverrideNote.now("ops@clinova.example", "two more chairs"));

        assertTrue(overridden.effective().isEnabled(Feature.ADVANCED_REPORTS));
        assertEquals(QuotaLimit.of(4), overridden.effective().limitOf(Quota.PRACTITIONERS));
        assertEquals(
                "ops@clinova.example", overridden.quotaOverrides().get(0).note().setBy());
        assertEquals(
                "two more chairs", overridden.quotaOverrides().get(0).note().reason());
        assertTrue(overridden.quotaOverrides().get(0).note().setAt() != null);

        TenantEntitlementsView enterprise = admin.changePlan(clinic, "enterprise");
        assertTrue(enterprise.effective().isEnabled(Feature.FHIR_API));
        assertEquals(
                QuotaLimit.of(4),
                enterprise.effective().limitOf(Quota.PRACTITIONERS),
                "overrides outlive a plan change");

        TenantEntitlementsView cleared = admin.clearQuotaOverride(clinic, Quota.PRACTITIONERS);
        assertTrue(cleared.effective().limitOf(Quota.PRACTITIONERS).isUnlimited());
        admin.clearFeatureOverride(clinic, Feature.ADVANCED_REPORTS);
        assertTrue(admin.entitlementsOf(clinic).featureOverrides().isEmpty());
    }

    @Test
    void unknownClinicsAndPlansAreNotFound() throws SQLException {
        TenantId nobody = new TenantId(UUID.randomUUID());
        assertThrows(ResourceNotFoundException.class, () -> admin.entitlementsOf(nobody));
        assertThrows(ResourceNotFoundException.class, () -> admin.changePlan(nobody, "clinic"));
        TenantId clinic = new TenantId(database.createTenant("plan-" + suffix(), 0));
        assertThrows(ResourceNotFoundException.class, () -> admin.changePlan(clinic, "platinum"));
        assertEquals("starter", admin.entitlementsOf(clinic).plan().code());
    }

    @Test
    void aPlanChangeHoldsForEveryClinicOnIt() throws SQLException {
        TenantId clinic = new TenantId(database.createTenant("plan-" + suffix(), 0));
        admin.changePlan(clinic, "clinic");
        try {
            catalog.changeQuota("clinic", Quota.MESSAGES_PER_MONTH, QuotaLimit.of(123));
            catalog.changeFeatures("clinic", EnumSet.of(Feature.ADVANCED_REPORTS));
            TenantEntitlementsView now = admin.entitlementsOf(clinic);
            assertEquals(QuotaLimit.of(123), now.effective().limitOf(Quota.MESSAGES_PER_MONTH));
            assertEquals(
                    EnumSet.of(Feature.ADVANCED_REPORTS),
                    EnumSet.copyOf(now.effective().features()));
        } finally {
            catalog.changeQuota("clinic", Quota.MESSAGES_PER_MONTH, QuotaLimit.of(5000));
            catalog.changeFeatures(
                    "clinic",
                    EnumSet.of(
                            Feature.ONLINE_BOOKING,
                            Feature.SMS_REMINDERS,
                            Feature.RECORD_ATTACHMENTS,
                            Feature.ADVANCED_REPORTS));
        }
    }

    @Test
    void theApplicationRoleOnlyReadsPlansAndOverrides() throws SQLException {
        UUID clinic = database.createTenant("plan-" + suffix(), 0);
        try (Connection app = database.app()) {
            for (String write : List.of(
                    "insert into platform.tenant_feature_override (tenant, feature, enabled, reason, set_by)"
                            + " values ('" + clinic + "', 'fhir-api', true, 'x', 'x')",
                    "insert into platform.tenant_quota_override (tenant, quota, max_value, reason, set_by)"
                            + " values ('" + clinic + "', 'practitioners', null, 'x', 'x')",
                    "update platform.plan_quota set max_value = null",
                    "update platform.tenant set plan_code = 'enterprise'",
                    "delete from platform.plan_feature")) {
                SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.update(app, write), write);
                assertEquals("42501", refused.getSQLState(), write);
            }
        }
    }

    @Test
    void anOverrideNeedsAKnownCodeAndAReason() throws SQLException {
        UUID clinic = database.createTenant("plan-" + suffix(), 0);
        try (Connection platform = database.platform()) {
            SQLException unknown = assertThrows(
                    SQLException.class,
                    () -> TestDatabase.update(
                            platform,
                            "insert into platform.tenant_feature_override (tenant, feature, enabled, reason, set_by)"
                                    + " values (?, 'teleportation', true, 'x', 'x')",
                            clinic));
            assertEquals("23503", unknown.getSQLState());
            SQLException noReason = assertThrows(
                    SQLException.class,
                    () -> TestDatabase.update(
                            platform,
                            "insert into platform.tenant_feature_override (tenant, feature, enabled, reason, set_by)"
                                    + " values (?, 'fhir-api', true, ' ', 'x')",
                            clinic));
            assertEquals("23514", noReason.getSQLState());
        }
    }

    /** The read every gated request makes: one statement of index lookups. Prints its cost. */
    @Test
    void theEntitlementsReadCostsWellUnderAMillisecond() throws SQLException {
        TenantId clinic = new TenantId(database.createTenant("plan-" + suffix(), 0));
        admin.overrideFeature(clinic, Feature.FHIR_API, true, OverrideNote.now("ops", "measured"));
        try (Connection app = database.app();
                PreparedStatement read = app.prepareStatement(EntitlementRows.SQL)) {
            for (int p = 1; p <= EntitlementRows.PARAMETERS; p++) {
                read.setObject(p, clinic.value());
            }
            int rows = 0;
            for (int i = 0; i < 500; i++) {
                rows = count(read);
            }
            assertEquals(1 + 1 + Quota.values().length + 1, rows, "plan, its one feature, its quotas, one override");
            int rounds = 5000;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                count(read);
            }
            double micros = (System.nanoTime() - start) / 1000.0 / rounds;
            System.out.printf(
                    "[PlanEntitlementsTest] one entitlements read (a statement, autocommit): %.0f µs%n", micros);
            assertTrue(micros < 5_000, "an entitlements read took " + micros + " µs");
        }
    }

    private static int count(PreparedStatement read) throws SQLException {
        int rows = 0;
        try (ResultSet result = read.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
