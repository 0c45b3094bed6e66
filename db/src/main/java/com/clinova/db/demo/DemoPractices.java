package com.clinova.db.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * The practices of the two demo clinics: a dental clinic in Madrid with two sites and an
 * aesthetics clinic in Lisbon and Porto. Each has a practitioner with a split shift and one with
 * a Saturday morning, services with and without rooms, a clinic holiday three weeks ahead and a
 * practitioner's absence two weeks ahead of the seed date.
 */
public final class DemoPractices {

    private DemoPractices() {}

    /** The practice of the demo clinic {@code slug} as seeded on {@code today} (the clinic's date). */
    public static DemoPractice of(String slug, LocalDate today) {
        return switch (slug) {
            case DemoTenants.SONRISA -> sonrisa(today);
            case DemoTenants.LUMIERE -> lumiere(today);
            default -> throw new IllegalArgumentException("No demo practice for " + slug);
        };
    }

    /** The first {@code day} at least {@code days} days after {@code today}. */
    public static LocalDate firstAfter(LocalDate today, int days, DayOfWeek day) {
        return today.plusDays(days).with(TemporalAdjusters.nextOrSame(day));
    }

    static DemoPractice sonrisa(LocalDate today) {
        DemoPractice p = new DemoPractice(DemoTenants.SONRISA);
        String zone = "Europe/Madrid";
        UUID centro = p.location("Sonrisa Centro", "Calle de Alcalá 120, 28009 Madrid", "+34 910 000 101", zone);
        UUID chamberi =
                p.location("Sonrisa Chamberí", "Calle de Fuencarral 150, 28010 Madrid", "+34 910 000 202", zone);
        UUID g1 = p.room(centro, "Gabinete 1");
        UUID g2 = p.room(centro, "Gabinete 2");
        UUID rx = p.room(centro, "Sala de radiología");
        UUID ga = p.room(chamberi, "Gabinete A");
        UUID vidal = p.practitioner(
                DemoTenants.userId(DemoTenants.SONRISA, "clinician"),
                "Dra. Elena Vidal",
                "Odontología general",
                "#0e7490");
        UUID ortega = p.practitioner(null, "Dr. Javier Ortega", "Ortodoncia", "#7c3aed");
        UUID sanchez = p.practitioner(
                DemoTenants.userId(DemoTenants.SONRISA, "hygienist"), "Marta Sánchez", "Higiene dental", "#047857");
        UUID campos = p.practitioner(null, "Dr. Sergio Campos", "Implantología", "#b45309");
        p.service(
                "Primera visita",
                "Exploración y plan de tratamiento.",
                20,
                "0.00",
                List.of(vidal, ortega, campos),
                List.of());
        p.service(
                "Limpieza dental", "Tartrectomía y pulido.", 45, "60.00", List.of(sanchez, vidal), List.of(g1, g2, ga));
        p.service(
                "Empaste",
                "Obturación de una pieza con composite.",
                45,
                "70.00",
                List.of(vidal, campos),
                List.of(g1, g2, ga));
        p.service("Radiografía panorámica", null, 15, "35.00", List.of(vidal, ortega, campos), List.of(rx));
        p.service(
                "Revisión de ortodoncia",
                "Control y ajuste de brackets.",
                30,
                "50.00",
                List.of(ortega),
                List.of(g2, ga));
        p.service(
                "Implante dental", "Colocación de un implante de titanio.", 90, "950.00", List.of(campos), List.of(g1));
        p.hours(vidal, centro, "09:00", "14:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
        p.hours(vidal, centro, "16:00", "19:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
        p.hours(vidal, centro, "09:00", "15:00", FRIDAY);
        p.hours(vidal, centro, "10:00", "14:00", SATURDAY);
        p.hours(ortega, chamberi, "09:00", "14:00", MONDAY, WEDNESDAY, FRIDAY);
        p.hours(ortega, centro, "15:00", "20:00", TUESDAY, THURSDAY);
        p.hours(sanchez, centro, "08:30", "14:30", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        p.hours(campos, centro, "09:00", "14:00", TUESDAY, THURSDAY);
        p.hours(campos, chamberi, "15:00", "20:00", MONDAY, WEDNESDAY, FRIDAY);
        LocalDate holiday = firstAfter(today, 21, WEDNESDAY);
        p.exception("holiday", null, holiday.atStartOfDay(), holiday.plusDays(1).atStartOfDay(), "Fiesta local");
        LocalDate congress = firstAfter(today, 14, MONDAY);
        p.exception(
                "absence",
                ortega,
                congress.atStartOfDay(),
                congress.plusDays(3).atStartOfDay(),
                "Congreso de ortodoncia");
        return p;
    }

    static DemoPractice lumiere(LocalDate today) {
        DemoPractice p = new DemoPractice(DemoTenants.LUMIERE);
        String zone = "Europe/Lisbon";
        UUID chiado = p.location("Lumière Chiado", "Rua Garrett 50, 1200-204 Lisboa", "+351 213 000 100", zone);
        UUID porto = p.location("Lumière Porto", "Avenida da Boavista 1200, 4100-112 Porto", "+351 220 000 200", zone);
        UUID c1 = p.room(chiado, "Cabine 1");
        UUID c2 = p.room(chiado, "Cabine 2");
        UUID laser = p.room(chiado, "Sala laser");
        UUID cp = p.room(porto, "Cabine Porto");
        UUID carvalho = p.practitioner(
                DemoTenants.userId(DemoTenants.LUMIERE, "clinician"),
                "Dra. Inês Carvalho",
                "Medicina estética",
                "#9d174d");
        UUID martins = p.practitioner(null, "Dra. Sofia Martins", "Dermatologia", "#1d4ed8");
        UUID ribeiro = p.practitioner(
                DemoTenants.userId(DemoTenants.LUMIERE, "hygienist"), "Catarina Ribeiro", "Esteticista", "#047857");
        p.service(
                "Consulta de avaliação",
                "Avaliação e plano de tratamento.",
                30,
                "50.00",
                List.of(carvalho, martins),
                List.of());
        p.service("Limpeza de pele profunda", null, 60, "65.00", List.of(ribeiro), List.of(c1, c2, cp));
        p.service(
                "Toxina botulínica", "Rugas de expressão, uma zona.", 30, "280.00", List.of(carvalho), List.of(c1, c2));
        p.service(
                "Preenchimento com ácido hialurónico", null, 45, "350.00", List.of(carvalho, martins), List.of(c1, cp));
        p.service("Depilação a laser – pernas", null, 60, "120.00", List.of(ribeiro), List.of(laser));
        p.service("Peeling químico", "Peeling superficial.", 45, "90.00", List.of(martins, ribeiro), List.of(c1, c2));
        p.hours(carvalho, chiado, "10:00", "13:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        p.hours(carvalho, chiado, "14:30", "19:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        p.hours(carvalho, chiado, "09:30", "13:30", SATURDAY);
        p.hours(martins, chiado, "09:00", "13:00", MONDAY, WEDNESDAY, FRIDAY);
        p.hours(martins, porto, "10:00", "18:00", TUESDAY, THURSDAY);
        p.hours(ribeiro, chiado, "09:00", "17:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        LocalDate holiday = firstAfter(today, 21, THURSDAY);
        p.exception("holiday", null, holiday.atStartOfDay(), holiday.plusDays(1).atStartOfDay(), "Feriado municipal");
        LocalDate training = firstAfter(today, 14, THURSDAY);
        p.exception(
                "absence",
                martins,
                training.atStartOfDay(),
                training.plusDays(2).atStartOfDay(),
                "Formação em dermatologia");
        return p;
    }
}
