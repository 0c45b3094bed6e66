package com.clinova.db.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two demo clinics. Everything is derived from fixed seeds and names, so every run (and
 * every test) sees the same tenant ids, users and patients.
 */
public final class DemoTenants {

    public static final String PASSWORD = "clinova-demo";
    public static final String SONRISA = "sonrisa";
    public static final String LUMIERE = "lumiere";
    static final int GENERATED_PATIENTS = 49;

    private DemoTenants() {}

    public static List<DemoTenant> all() {
        return List.of(sonrisa(), lumiere());
    }

    /** Stable across runs so links, bookmarks and tests can name a demo tenant by id. */
    public static UUID tenantId(String slug) {
        return UUID.nameUUIDFromBytes(("clinova-demo/tenant/" + slug).getBytes(StandardCharsets.UTF_8));
    }

    static DemoTenant sonrisa() {
        DemoPatient fixed = new DemoPatient(
                UUID.nameUUIDFromBytes("clinova-demo/patient/sonrisa/1".getBytes(StandardCharsets.UTF_8)),
                "María José",
                "Núñez García",
                LocalDate.of(1985, 3, 14),
                "female",
                "+34 612 345 678",
                "mj.nunez@example.es",
                "12345678Z",
                "Calle de Alcalá 42, 28014 Madrid",
                "Revisión semestral; prefiere recordatorios por SMS.");
        return new DemoTenant(
                tenantId(SONRISA),
                SONRISA,
                "enterprise",
                "Clínica Dental Sonrisa",
                "es",
                "Europe/Madrid",
                "EUR",
                "#0e7490",
                "sonrisa-logo.svg",
                Optional.of("sonrisa-dental.test"),
                users("Lucía Herrera", "Pablo Ruiz", "Dra. Elena Vidal", "Marta Sánchez", "Andrés Molina"),
                new PatientGenerator(SpanishPopulation.create(), 20_240_601L).patients(fixed, GENERATED_PATIENTS));
    }

    static DemoTenant lumiere() {
        DemoPatient fixed = new DemoPatient(
                UUID.nameUUIDFromBytes("clinova-demo/patient/lumiere/1".getBytes(StandardCharsets.UTF_8)),
                "João",
                "Conceição Ferreira",
                LocalDate.of(1990, 7, 2),
                "male",
                "+351 912 345 678",
                "joao.ferreira@example.pt",
                "123456789",
                "Rua Augusta 100, 1100-053 Lisboa",
                null);
        return new DemoTenant(
                tenantId(LUMIERE),
                LUMIERE,
                "clinic",
                "Lumière Estética",
                "pt",
                "Europe/Lisbon",
                "EUR",
                "#9d174d",
                "lumiere-logo.svg",
                Optional.empty(),
                users("Beatriz Lopes", "Tiago Moreira", "Dra. Inês Carvalho", "Catarina Ribeiro", "Rui Antunes"),
                new PatientGenerator(PortuguesePopulation.create(), 20_240_602L).patients(fixed, GENERATED_PATIENTS));
    }

    /** Stable across runs, so demo practitioners can be linked to demo accounts by id. */
    public static UUID userId(String slug, String username) {
        return UUID.nameUUIDFromBytes(("clinova-demo/user/" + slug + "/" + username).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Two practitioners sign in: the clinician and a hygienist (or beautician), so records show
     * what one practitioner may do to another's notes.
     */
    private static List<DemoUser> users(
            String admin, String frontDesk, String clinician, String hygienist, String billing) {
        return List.of(
                new DemoUser("admin", admin, List.of("clinic-admin")),
                new DemoUser("frontdesk", frontDesk, List.of("front-desk")),
                new DemoUser("clinician", clinician, List.of("practitioner")),
                new DemoUser("hygienist", hygienist, List.of("practitioner")),
                new DemoUser("billing", billing, List.of("billing")));
    }
}
