package com.clinova.db.demo;

import static com.clinova.db.TestDatabase.column;
import static com.clinova.db.TestDatabase.count;
import static com.clinova.db.TestDatabase.inTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.db.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final UUID SONRISA = DemoTenants.tenantId(DemoTenants.SONRISA);
    private static final UUID LUMIERE = DemoTenants.tenantId(DemoTenants.LUMIERE);

    private static TestDatabase database;

    @BeforeAll
    static void seed() throws SQLException {
        database = TestDatabase.create();
        new DemoSeeder(database.settings()).seed();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(DemoTenants.all(), DemoTenants.all());
    }

    @Test
    void eachClinicHasAboutFiftyPatientsAndFiveUsers() throws SQLException {
        for (UUID tenant : List.of(SONRISA, LUMIERE)) {
            assertEquals(50, patients(tenant));
            assertEquals(
                    List.of(
                            "admin:{clinic-admin}",
                            "billing:{billing}",
                            "clinician:{practitioner}",
                            "frontdesk:{front-desk}",
                            "hygienist:{practitioner}"),
                    inApp(tenant, "select username || ':' || roles::text from clinic.app_user order by username"));
        }
    }

    @Test
    void demoUsersLogInWithTheDemoPassword() throws SQLException {
        String hash = inApp(SONRISA, "select password_hash from clinic.app_user where username = 'admin'")
                .get(0);
        assertTrue(PasswordHashes.matches(DemoTenants.PASSWORD.toCharArray(), hash));
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
    }

    @Test
    void nationalIdsHaveValidCheckDigits() throws SQLException {
        assertAllValid(
                inApp(SONRISA, "select national_id from clinic.patient where national_id is not null"),
                NationalIds::isValidDni);
        assertAllValid(
                inApp(LUMIERE, "select national_id from clinic.patient where national_id is not null"),
                NationalIds::isValidNif);
    }

    @Test
    void theFixedPatientsAreTheOnlyOnesWithTheirSurname() throws SQLException {
        String search = "select given_name || ' ' || family_name || '|' || date_of_birth || '|' || phone || '|'"
                + " || email || '|' || national_id || '|' || sex from clinic.patient"
                + " where search_name like ? || '%' or search_name like '% ' || ? || '%'";
        assertEquals(
                List.of("María José Núñez García|1985-03-14|+34 612 345 678|mj.nunez@example.es|12345678Z|female"),
                inApp(SONRISA, search, "nunez", "nunez"));
        assertEquals(
                List.of("João Conceição Ferreira|1990-07-02|+351 912 345 678|joao.ferreira@example.pt|123456789|male"),
                inApp(LUMIERE, search, "conceicao", "conceicao"));
    }

    @Test
    void phonesLookLocal() throws SQLException {
        assertAllValid(
                inApp(SONRISA, "select phone from clinic.patient"), p -> p.matches("\\+34 6\\d\\d \\d{3} \\d{3}"));
        assertAllValid(
                inApp(LUMIERE, "select phone from clinic.patient"), p -> p.matches("\\+351 9[1236]\\d \\d{3} \\d{3}"));
    }

    @Test
    void brandingAndDomainsAreSeeded() throws SQLException {
        try (Connection app = database.app()) {
            assertEquals(
                    List.of(
                            "lumiere|Lumière Estética|pt|Europe/Lisbon|EUR|#9d174d|image/svg+xml|true",
                            "sonrisa|Clínica Dental Sonrisa|es|Europe/Madrid|EUR|#0e7490|image/svg+xml|true"),
                    column(
                            app,
                            "select t.slug || '|' || s.display_name || '|' || s.locale || '|' || s.time_zone"
                                    + " || '|' || s.currency || '|' || s.primary_colour || '|' || s.logo_content_type"
                                    + " || '|' || (convert_from(s.logo, 'UTF8') like '<svg%')"
                                    + " from platform.tenant t join platform.tenant_setting s on s.tenant = t.id order by t.slug"));
            assertEquals(
                    List.of("sonrisa-dental.test|sonrisa"),
                    column(
                            app,
                            "select d.domain || '|' || t.slug from platform.tenant_domain d"
                                    + " join platform.tenant t on t.id = d.tenant"));
        }
    }

    @Test
    void eachClinicHasAPracticeInItsOwnZone() throws SQLException {
        assertEquals(
                List.of(
                        "Sonrisa Centro|Europe/Madrid|Gabinete 1, Gabinete 2, Sala de radiología",
                        "Sonrisa Chamberí|Europe/Madrid|Gabinete A"),
                inApp(SONRISA, LOCATIONS_WITH_ROOMS));
        assertEquals(
                List.of(
                        "Lumière Chiado|Europe/Lisbon|Cabine 1, Cabine 2, Sala laser",
                        "Lumière Porto|Europe/Lisbon|Cabine Porto"),
                inApp(LUMIERE, LOCATIONS_WITH_ROOMS));
    }

    @Test
    void theDemoClinicianIsOneOfSeveralPractitioners() throws SQLException {
        String practitioners = "select p.display_name || '|' || coalesce(u.username, '-') from clinic.practitioner p"
                + " left join clinic.app_user u on u.id = p.user_id order by p.display_name collate \"C\"";
        assertEquals(
                List.of(
                        "Dr. Javier Ortega|-",
                        "Dr. Sergio Campos|-",
                        "Dra. Elena Vidal|clinician",
                        "Marta Sánchez|hygienist"),
                inApp(SONRISA, practitioners));
        assertEquals(
                List.of("Catarina Ribeiro|hygienist", "Dra. Inês Carvalho|clinician", "Dra. Sofia Martins|-"),
                inApp(LUMIERE, practitioners));
    }

    @Test
    void servicesLastFifteenToNinetyMinutesInEurosSomeNeedingRooms() throws SQLException {
        for (UUID tenant : List.of(SONRISA, LUMIERE)) {
            List<String> services = inApp(
                    tenant,
                    "select s.duration_minutes || '|' || s.currency || '|' || s.price || '|'"
                            + " || (select count(*) from clinic.service_practitioner sp where sp.service_id = s.id)"
                            + " || '|' || (select count(*) from clinic.service_room sr where sr.service_id = s.id)"
                            + " from clinic.service s");
            assertEquals(6, services.size(), services::toString);
            for (String service : services) {
                String[] f = service.split("\\|");
                int minutes = Integer.parseInt(f[0]);
                assertTrue(minutes >= 15 && minutes <= 90, service);
                assertEquals("EUR", f[1], service);
                assertTrue(Integer.parseInt(f[3]) > 0, () -> "nobody performs " + service);
            }
            assertTrue(services.stream().anyMatch(s -> s.endsWith("|0")), "a service without rooms");
            assertTrue(services.stream().anyMatch(s -> !s.endsWith("|0")), "a service with rooms");
        }
    }

    @Test
    void weeklyHoursIncludeASplitShiftAndASaturdayMorning() throws SQLException {
        for (UUID tenant : List.of(SONRISA, LUMIERE)) {
            assertTrue(
                    countIn(
                                    tenant,
                                    "select count(*) from (select practitioner_id, day_of_week from clinic.working_hours"
                                            + " where day_of_week between 1 and 5 group by 1, 2 having count(*) = 2) split")
                            > 0,
                    "a split shift");
            assertEquals(
                    1,
                    countIn(
                            tenant,
                            "select count(*) from clinic.working_hours where day_of_week = 6"
                                    + " and end_time <= '14:00'"),
                    "one Saturday morning");
            assertEquals(0, countIn(tenant, "select count(*) from clinic.working_hours where day_of_week = 7"));
        }
    }

    @Test
    void aHolidayAndAnAbsenceLieInTheComingWeeks() throws SQLException {
        for (UUID tenant : List.of(SONRISA, LUMIERE)) {
            assertEquals(
                    List.of("absence|true", "holiday|false"),
                    inApp(
                            tenant,
                            "select kind || '|' || (practitioner_id is not null) from clinic.schedule_exception"
                                    + " where starts_at > now() + interval '13 days'"
                                    + " and ends_at < now() + interval '6 weeks' order by kind"));
        }
    }

    @Test
    void eachClinicCanInvoiceAtOnceWithItsCountrysVat() throws SQLException {
        assertEquals(
                List.of("21.00|SON-|Clínica Dental Sonrisa S.L."),
                inApp(
                        SONRISA,
                        "select tax_rate || '|' || invoice_prefix || '|' || legal_name from clinic.billing_settings"));
        assertEquals(
                List.of("23.00|LUM-|Lumière Estética, Lda."),
                inApp(
                        LUMIERE,
                        "select tax_rate || '|' || invoice_prefix || '|' || legal_name from clinic.billing_settings"));
    }

    private static void assertAllValid(List<String> values, Predicate<String> valid) {
        assertTrue(values.size() > 40, "too few values: " + values.size());
        List<String> invalid = values.stream().filter(valid.negate()).toList();
        assertEquals(List.of(), invalid);
    }

    private static List<String> inApp(UUID tenant, String sql, Object... parameters) throws SQLException {
        try (Connection app = database.app()) {
            return inTenant(app, tenant, c -> column(c, sql, parameters));
        }
    }

    private static final String LOCATIONS_WITH_ROOMS = "select l.name || '|' || l.time_zone || '|'"
            + " || string_agg(r.name, ', ' order by r.name) from clinic.location l"
            + " join clinic.room r on r.location_id = l.id group by l.id, l.name, l.time_zone order by l.name";

    private static long countIn(UUID tenant, String sql) throws SQLException {
        try (Connection app = database.app()) {
            return inTenant(app, tenant, c -> TestDatabase.count(c, sql));
        }
    }

    private static long patients(UUID tenant) throws SQLException {
        try (Connection app = database.app()) {
            return inTenant(app, tenant, c -> count(c, "select count(*) from clinic.patient"));
        }
    }
}
