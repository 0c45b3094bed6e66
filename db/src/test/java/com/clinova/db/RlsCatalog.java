package com.clinova.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the catalog and lists every way a table with a {@code tenant_id} column breaks the
 * isolation rules of db/README.md. Kept apart from the test so the test can also prove that it
 * really reports a broken table.
 */
final class RlsCatalog {

    /** PostgreSQL's deparsed form of {@code tenant_id = (select [nullif(]current_setting(...)[, '')]::uuid)}. */
    private static final Pattern TENANT_PREDICATE = Pattern.compile("^\\(tenant_id = \\( select \\(?"
            + "(nullif\\()?current_setting\\('app\\.tenant_id'::text, true\\)(, ''::text\\))?\\)?::uuid"
            + " as \"?[a-z_]+\"?\\)\\)$");

    private static final String TENANT_TABLES = "select c.oid, n.nspname || '.' || c.relname, c.relrowsecurity,"
            + " c.relforcerowsecurity, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull"
            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped"
            + " where c.relkind in ('r', 'p') and n.nspname <> 'information_schema'"
            + " and n.nspname not like 'pg\\_%' order by 2";

    /** Anything in the clinic schema holds clinic data, so it must carry tenant_id to be covered at all. */
    private static final String CLINIC_RELATIONS_WITHOUT_TENANT = "select n.nspname || '.' || c.relname"
            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = 'clinic' and c.relkind in ('r', 'p', 'v', 'm', 'f')"
            + " and not exists (select 1 from pg_attribute a where a.attrelid = c.oid"
            + " and a.attname = 'tenant_id' and not a.attisdropped) order by 1";

    /** A view runs with its owner's rights (past FORCE RLS) unless security_invoker; a matview has no RLS. */
    private static final String CLINIC_VIEWS_PAST_RLS = "select n.nspname || '.' || c.relname"
            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = 'clinic' and (c.relkind = 'm' or (c.relkind = 'v'"
            + " and not coalesce(c.reloptions @> array['security_invoker=true'], false))) order by 1";

    private RlsCatalog() {}

    static List<String> violations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (String relation : TestDatabase.column(connection, CLINIC_RELATIONS_WITHOUT_TENANT)) {
            violations.add(relation + ": everything in schema clinic needs tenant_id (and RLS)");
        }
        for (String view : TestDatabase.column(connection, CLINIC_VIEWS_PAST_RLS)) {
            violations.add(view + ": views in clinic must be security_invoker; materialized views bypass RLS");
        }
        try (PreparedStatement query = connection.prepareStatement(TENANT_TABLES);
                ResultSet tables = query.executeQuery()) {
            while (tables.next()) {
                String table = tables.getString(2);
                if (!"uuid".equals(tables.getString(6)) || !tables.getBoolean(7)) {
                    violations.add(table + ": tenant_id must be uuid not null");
                }
                if (!tables.getBoolean(3) || !tables.getBoolean(4)) {
                    violations.add(table + ": row level security must be ENABLEd and FORCEd");
                }
                violations.addAll(policyViolations(connection, table, tables.getLong(1)));
                violations.addAll(uniqueIndexViolations(connection, table, tables.getLong(1), tables.getInt(5)));
            }
        }
        return violations;
    }

    static boolean isTenantPredicate(String expression) {
        if (expression == null) {
            return false;
        }
        String normalised = expression.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return TENANT_PREDICATE.matcher(normalised).matches();
    }

    // Permissive policies are OR-ed, so a single lax one would open the table: all must match.
    private static List<String> policyViolations(Connection connection, String table, long oid) throws SQLException {
        List<String> violations = new ArrayList<>();
        boolean coversAll = false;
        String sql = "select polname, polpermissive, polcmd, polroles = '{0}'::oid[],"
                + " pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)"
                + " from pg_policy where polrelid = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, oid);
            try (ResultSet policies = query.executeQuery()) {
                while (policies.next()) {
                    boolean shaped =
                            isTenantPredicate(policies.getString(5)) && isTenantPredicate(policies.getString(6));
                    if (policies.getBoolean(2) && !shaped) {
                        violations.add(table + ": permissive policy " + policies.getString(1)
                                + " does not compare tenant_id with (select current_setting('app.tenant_id', true))");
                    }
                    coversAll |= shaped
                            && policies.getBoolean(2)
                            && "*".equals(policies.getString(3))
                            && policies.getBoolean(4);
                }
            }
        }
        if (!coversAll) {
            violations.add(table + ": needs a permissive policy FOR ALL TO PUBLIC whose USING and WITH CHECK"
                    + " compare tenant_id with (select current_setting('app.tenant_id', true))");
        }
        return violations;
    }

    private static List<String> uniqueIndexViolations(Connection connection, String table, long oid, int tenantColumn)
            throws SQLException {
        List<String> violations = new ArrayList<>();
        String sql = "select indexrelid::regclass::text, indkey[0] from pg_index"
                + " where indrelid = ? and (indisunique or indisexclusion) and not indisprimary";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, oid);
            try (ResultSet indexes = query.executeQuery()) {
                while (indexes.next()) {
                    if (indexes.getInt(2) != tenantColumn) {
                        violations.add(table + ": unique index " + indexes.getString(1) + " must lead with tenant_id");
                    }
                }
            }
        }
        return violations;
    }
}
