package com.clinova.tenancy.infrastructure;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.PlanCatalog;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The plan catalog on the platform role's data source. */
public class JdbcPlanCatalog implements PlanCatalog {

    private final PlatformSql sql;

    public JdbcPlanCatalog(DataSource platform) {
        this(new PlatformSql(platform));
    }

    private JdbcPlanCatalog(PlatformSql sql) {
        this.sql = sql;
    }

    /** On a container-managed data source: every call joins the caller's JTA transaction. */
    public static JdbcPlanCatalog inCallerTransaction(DataSource platform) {
        return new JdbcPlanCatalog(new PlatformSql(platform, true));
    }

    @Override
    public List<PlanView> plans() {
        return sql.inTransaction(connection -> read(connection, null));
    }

    @Override
    public Optional<PlanView> plan(String code) {
        return sql.inTransaction(connection -> read(connection, code).stream().findFirst());
    }

    @Override
    public PlanView changeFeatures(String code, Set<Feature> features) {
        return sql.inTransaction(connection -> {
            lock(connection, code);
            PlatformSql.update(connection, "delete from platform.plan_feature where plan = ?", code);
            for (Feature feature : features) {
                PlatformSql.update(
                        connection,
                        "insert into platform.plan_feature (plan, feature) values (?, ?)",
                        code,
                        feature.code());
            }
            return read(connection, code).get(0);
        });
    }

    @Override
    public PlanView changeQuota(String code, Quota quota, QuotaLimit limit) {
        return sql.inTransaction(connection -> {
            lock(connection, code);
            PlatformSql.update(
                    connection,
                    "insert into platform.plan_quota (plan, quota, max_value) values (?, ?, ?)"
                            + " on conflict (plan, quota) do update set max_value = excluded.max_value",
                    code,
                    quota.code(),
                    limit.max());
            return read(connection, code).get(0);
        });
    }

    /** One writer per plan at a time: two operators replacing features cannot interleave. */
    private static void lock(Connection connection, String code) throws SQLException {
        if (PlatformSql.rows(connection, "select 1 from platform.plan where code = ? for update", code)
                .isEmpty()) {
            throw new ResourceNotFoundException("Plan", code);
        }
    }

    /** Every plan (code null) or one, in catalog order. */
    private static List<PlanView> read(Connection connection, String code) throws SQLException {
        String only = code == null ? "" : " where p.code = ?";
        Object[] parameters = code == null ? new Object[0] : new Object[] {code};
        Map<String, Object[]> plans = new LinkedHashMap<>();
        for (Object[] row : PlatformSql.rows(
                connection,
                "select p.code, p.name, p.sort_order from platform.plan p" + only + " order by p.sort_order",
                parameters)) {
            plans.put((String) row[0], row);
        }
        Map<String, Set<Feature>> features = new LinkedHashMap<>();
        for (Object[] row : PlatformSql.rows(
                connection,
                "select p.code, f.feature from platform.plan p join platform.plan_feature f on f.plan = p.code" + only,
                parameters)) {
            Feature.ofCode((String) row[1])
                    .ifPresent(f -> features.computeIfAbsent((String) row[0], k -> EnumSet.noneOf(Feature.class))
                            .add(f));
        }
        Map<String, Map<Quota, QuotaLimit>> quotas = new LinkedHashMap<>();
        for (Object[] row : PlatformSql.rows(
                connection,
                "select p.code, q.quota, q.max_value from platform.plan p join platform.plan_quota q on q.plan = p.code"
                        + only,
                parameters)) {
            Long max = row[2] == null ? null : ((Number) row[2]).longValue();
            Quota.ofCode((String) row[1])
                    .ifPresent(q -> quotas.computeIfAbsent((String) row[0], k -> new EnumMap<>(Quota.class))
                            .put(q, QuotaLimit.ofNullable(max)));
        }
        List<PlanView> views = new ArrayList<>();
        for (Object[] plan : plans.values()) {
            String planCode = (String) plan[0];
            views.add(new PlanView(
                    planCode,
                    (String) plan[1],
                    ((Number) plan[2]).intValue(),
                    features.getOrDefault(planCode, Set.of()),
                    quotas.getOrDefault(planCode, Map.of())));
        }
        return views;
    }
}
