package com.clinova.db;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static com.clinova.db.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V14: the application role changes the branding and domains of the bound clinic only; reads
 * stay open (hosts are resolved before a clinic is bound); the logo hash is the database's own.
 */
class BrandingSchemaTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyz012345";

    private static TestDatabase database;
    private static UUID tenantA;
    private static UUID tenantB;

    @BeforeAll
    static void createTenants() throws SQLException {
        database = TestDatabase.create();
        tenantA = database.createTenant("brand-a", 0);
        tenantB = database.createTenant("brand-b", 0);
        try (Connection platform = database.platform()) {
            for (UUID tenant : List.of(tenantA, tenantB)) {
                update(
                        platform,
                        "insert into platform.tenant_setting (tenant, display_name) values (?, ?)",
                        tenant,
                        "Clinic " + tenant);
            }
            update(platform, "insert into platform.tenant_domain (domain, tenant) values ('b.example', ?)", tenantB);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void theAppChangesTheBrandingOfTheBoundClinicAndNoOther() throws SQLException {
        try (Connection app = database.app()) {
            int own = inTenant(
                    app,
                    tenantA,
                    c -> update(
                            c,
                            "update platform.tenant_setting set primary_colour = '#123456' where tenant = ?",
                            tenantA));
            int other = inTenant(
                    app,
                    tenantA,
                    c -> update(
                            c,
                            "update platform.tenant_setting set primary_colour = '#123456' where tenant = ?",
                            tenantB));
            int all = inTenant(app, tenantA, c -> update(c, "update platform.tenant_setting set display_name = 'x'"));
            int unbound = update(app, "update platform.tenant_setting set display_name = 'y'");

            assertEquals(1, own);
            assertEquals(0, other);
            assertEquals(1, all);
            assertEquals(0, unbound);
            assertEquals(
                    List.of("#0f766e"),
                    column(app, "select primary_colour from platform.tenant_setting where tenant = ?", tenantB));
        }
    }

    @Test
    void theAppCannotMoveSettingsToAnotherClinicNorChangeRegionalDefaults() throws SQLException {
        try (Connection app = database.app()) {
            SQLException moved = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "update platform.tenant_setting set tenant = ? where tenant = ?",
                                    tenantB,
                                    tenantA)));
            SQLException currency = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app, tenantA, c -> update(c, "update platform.tenant_setting set currency = 'USD'")));
            SQLException insert = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "insert into platform.tenant_setting (tenant, display_name) values (?, 'x')",
                                    UUID.randomUUID())));

            assertEquals(INSUFFICIENT_PRIVILEGE, moved.getSQLState());
            assertEquals(INSUFFICIENT_PRIVILEGE, currency.getSQLState());
            assertEquals(INSUFFICIENT_PRIVILEGE, insert.getSQLState());
        }
    }

    @Test
    void everyClinicsBrandingStaysReadableForHostResolution() throws SQLException {
        try (Connection app = database.app()) {
            assertEquals(
                    2,
                    count(
                            app,
                            "select count(*) from platform.tenant_setting where tenant in (?, ?)",
                            tenantA,
                            tenantB));
            assertEquals(1, count(app, "select count(*) from platform.tenant_domain where domain = 'b.example'"));
        }
    }

    @Test
    void theLogoHashIsComputedByTheDatabase() throws Exception {
        byte[] logo = "not really an image".getBytes(StandardCharsets.UTF_8);
        try (Connection app = database.app()) {
            inTenant(
                    app,
                    tenantA,
                    c -> update(
                            c,
                            "update platform.tenant_setting set logo = ?, logo_content_type = 'image/png' where tenant = ?",
                            logo,
                            tenantA));
            assertEquals(
                    List.of(sha256(logo)),
                    column(app, "select logo_sha256 from platform.tenant_setting where tenant = ?", tenantA));
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(c, "update platform.tenant_setting set logo_sha256 = repeat('0', 64)")));
            assertEquals(INSUFFICIENT_PRIVILEGE, forged.getSQLState());
            try (Connection platform = database.platform()) {
                update(
                        platform,
                        "update platform.tenant_setting set logo_sha256 = repeat('0', 64) where tenant = ?",
                        tenantA);
            }
            assertEquals(
                    List.of(sha256(logo)),
                    column(app, "select logo_sha256 from platform.tenant_setting where tenant = ?", tenantA));
            inTenant(
                    app,
                    tenantA,
                    c -> update(
                            c,
                            "update platform.tenant_setting set logo = null, logo_content_type = null where tenant = ?",
                            tenantA));
            assertEquals(
                    List.of("null"),
                    column(
                            app,
                            "select coalesce(logo_sha256, 'null') from platform.tenant_setting where tenant = ?",
                            tenantA));
        }
    }

    @Test
    void theAppAddsAndRemovesDomainsOfTheBoundClinicOnly() throws SQLException {
        try (Connection app = database.app()) {
            SQLException forB = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "insert into platform.tenant_domain (domain, tenant) values ('x.example', ?)",
                                    tenantB)));
            int removedOfB = inTenant(
                    app, tenantA, c -> update(c, "delete from platform.tenant_domain where domain = 'b.example'"));
            SQLException taken = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "insert into platform.tenant_domain (domain, tenant) values ('b.example', ?)",
                                    tenantA)));
            int own = inTenant(
                    app,
                    tenantA,
                    c -> update(
                            c, "insert into platform.tenant_domain (domain, tenant) values ('a.example', ?)", tenantA));
            int removedOwn = inTenant(
                    app, tenantA, c -> update(c, "delete from platform.tenant_domain where domain = 'a.example'"));

            assertEquals(INSUFFICIENT_PRIVILEGE, forB.getSQLState());
            assertEquals(0, removedOfB);
            assertEquals("23505", taken.getSQLState());
            assertEquals(1, own);
            assertEquals(1, removedOwn);
            assertEquals(1, count(app, "select count(*) from platform.tenant_domain where domain = 'b.example'"));
        }
    }

    @Test
    void claimsArePrivateToTheirClinicAndTwoClinicsMayClaimOneDomain() throws SQLException {
        try (Connection app = database.app()) {
            for (UUID tenant : List.of(tenantA, tenantB)) {
                inTenant(
                        app,
                        tenant,
                        c -> update(
                                c,
                                "insert into platform.domain_claim (id, tenant, domain, token) values (?, ?, 'shared.example', ?)",
                                UUID.randomUUID(),
                                tenant,
                                TOKEN));
            }
            long seenByA = inTenant(app, tenantA, c -> count(c, "select count(*) from platform.domain_claim"));
            long seenUnbound = count(app, "select count(*) from platform.domain_claim");
            int deletedOfB = inTenant(
                    app, tenantA, c -> update(c, "delete from platform.domain_claim where tenant = ?", tenantB));
            SQLException forB = assertThrows(
                    SQLException.class,
                    () -> inTenant(
                            app,
                            tenantA,
                            c -> update(
                                    c,
                                    "insert into platform.domain_claim (id, tenant, domain, token) values (?, ?, 'c.example', ?)",
                                    UUID.randomUUID(),
                                    tenantB,
                                    TOKEN)));

            assertEquals(1, seenByA);
            assertEquals(0, seenUnbound);
            assertEquals(0, deletedOfB);
            assertEquals(INSUFFICIENT_PRIVILEGE, forB.getSQLState());
            assertEquals(
                    1L, (long) inTenant(app, tenantB, c -> count(c, "select count(*) from platform.domain_claim")));
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
