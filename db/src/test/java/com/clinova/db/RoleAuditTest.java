package com.clinova.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariant 2: neither runtime role can step around row-level security or change the schema. */
class RoleAuditTest {

    private static final String OWNED_OBJECTS = "select 'table ' || c.oid::regclass from pg_class c"
            + " where c.relowner = to_regrole(?) union all"
            + " select 'function ' || p.oid::regprocedure from pg_proc p where p.proowner = to_regrole(?) union all"
            + " select 'schema ' || n.nspname from pg_namespace n where n.nspowner = to_regrole(?) union all"
            + " select 'type ' || t.oid::regtype from pg_type t where t.typowner = to_regrole(?) union all"
            + " select 'database ' || d.datname from pg_database d where d.datdba = to_regrole(?)";

    private static TestDatabase database;
    private static DatabaseSettings settings;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabase.create();
        settings = database.settings();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void noRoleIsSuperuserOrBypassesRls() throws SQLException {
        for (Credentials role : List.of(settings.owner(), settings.app(), settings.platform())) {
            assertEquals(
                    List.of("false|false"),
                    query("select rolsuper || '|' || rolbypassrls from pg_roles" + " where rolname = ?", role.user()),
                    role.user());
        }
    }

    @Test
    void theRuntimeRolesInheritNoRoleAndCannotManageRoles() throws SQLException {
        // Membership in the owner would let the app SET ROLE and switch RLS off.
        for (Credentials role : List.of(settings.app(), settings.platform())) {
            assertEquals(
                    List.of(),
                    query(
                            "select g.rolname from pg_auth_members m join pg_roles g on g.oid = m.roleid"
                                    + " where m.member = to_regrole(?)",
                            role.user()),
                    role.user());
            assertEquals(
                    List.of("false|false|false"),
                    query(
                            "select rolcreaterole || '|' || rolcreatedb || '|' || rolreplication from pg_roles"
                                    + " where rolname = ?",
                            role.user()),
                    role.user());
        }
    }

    @Test
    void theAppRoleOwnsNothing() throws SQLException {
        String app = settings.app().user();
        assertEquals(List.of(), query(OWNED_OBJECTS, app, app, app, app, app));
    }

    @Test
    void thePlatformRoleOwnsNothing() throws SQLException {
        String platform = settings.platform().user();
        assertEquals(List.of(), query(OWNED_OBJECTS, platform, platform, platform, platform, platform));
    }

    @Test
    void theOwnerOwnsTheSchemaObjects() throws SQLException {
        assertEquals(
                List.of(settings.owner().user()),
                query("select distinct pg_get_userbyid(c.relowner) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('platform', 'clinic')"));
    }

    @Test
    void theRuntimeRolesCannotCreateAnywhere() throws SQLException {
        for (Credentials role : List.of(settings.app(), settings.platform())) {
            assertEquals(
                    List.of(),
                    query(
                            "select nspname from pg_namespace where nspname not like 'pg\\_temp\\_%'"
                                    + " and nspname not like 'pg\\_toast\\_temp\\_%' and has_schema_privilege(?, oid, 'CREATE')",
                            role.user()),
                    role.user());
            assertEquals(
                    List.of("false"),
                    query("select has_database_privilege(?, current_database(), 'CREATE')::text", role.user()),
                    role.user());
        }
    }

    private static List<String> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.superuser()) {
            return TestDatabase.column(connection, sql, parameters);
        }
    }
}
