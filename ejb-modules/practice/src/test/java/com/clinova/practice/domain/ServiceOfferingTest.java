package com.clinova.practice.domain;

import static com.clinova.practice.domain.PracticeFixtures.CLINIC;
import static com.clinova.practice.domain.PracticeFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.ServiceDetails;
import com.clinova.practice.api.ServiceView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceOfferingTest {

    private final PracticeFixtures practice = new PracticeFixtures();
    private final Location centro = practice.location("Centro", "Europe/Madrid");
    private final Room gabinete = practice.room(centro, "Gabinete 1");
    private final Practitioner vidal = practice.practitioner("Dra. Vidal");

    @Test
    void isPricedInTheClinicsCurrencyWithTwoDecimals() {
        ServiceView view = ServiceOffering.offer(CLINIC, "EUR", details("45.5", 30), practice, NOW)
                .view();

        assertEquals(new BigDecimal("45.50"), view.price());
        assertEquals("EUR", view.currency());
        assertEquals(Duration.ofMinutes(30), view.duration());
        assertEquals(Set.of(vidal.id()), view.practitionerIds());
        assertEquals(Set.of(gabinete.id()), view.roomIds());
        assertTrue(view.needsRoom());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ServiceDetails bad = new ServiceDetails(
                " ",
                "d".repeat(2001),
                4,
                new BigDecimal("-0.01"),
                Set.of(UUID.randomUUID()),
                Set.of(UUID.randomUUID()));

        assertEquals(
                List.of("name", "description", "durationMinutes", "price", "practitionerIds", "roomIds"), fields(bad));
        assertEquals(
                List.of("durationMinutes", "price"),
                fields(new ServiceDetails("Limpieza", null, null, null, Set.of(), Set.of())));
    }

    @Test
    void durationsRunFromFiveMinutesToEightHoursAndPricesHaveCents() {
        assertEquals(List.of("durationMinutes"), fields(details("10", 481)));
        assertEquals(List.of("price"), fields(details("10.001", 60)));
        assertEquals(List.of("price"), fields(details("10000000000", 60)));
        ServiceOffering.offer(CLINIC, "EUR", details("0", 5), practice, NOW);
        ServiceOffering.offer(CLINIC, "EUR", details("9999999999.99", 480), practice, NOW);
    }

    @Test
    void inactivePractitionersAndRoomsStayButCannotBeNewlyAssigned() {
        ServiceOffering service = ServiceOffering.offer(CLINIC, "EUR", details("60", 45), practice, NOW);
        vidal.deactivate();
        gabinete.deactivate();

        service.change(details("65", 45), practice);
        assertEquals(Set.of(vidal.id()), service.view().practitionerIds(), "kept while editing the price");

        Room elsewhere = practice.room(practice.location("Norte", "Europe/Madrid"), "Gabinete 2");
        centro.deactivate();
        ServiceDetails wantsMore = new ServiceDetails(
                "Limpieza", null, 45, BigDecimal.TEN, Set.of(vidal.id()), Set.of(gabinete.id(), elsewhere.id()));
        assertEquals(List.of(), violations(service, wantsMore));
        Practitioner gone = practice.practitioner("Dr. Ido");
        gone.deactivate();
        Room atClosedSite = practice.room(practice.location("Sur", "Europe/Madrid"), "Sala");
        practice.location(atClosedSite.locationId()).orElseThrow().deactivate();
        ServiceDetails newlyInactive =
                new ServiceDetails("Limpieza", null, 45, BigDecimal.TEN, Set.of(gone.id()), Set.of(atClosedSite.id()));
        assertEquals(List.of("practitionerIds", "roomIds"), violations(service, newlyInactive));
    }

    @Test
    void noRoomsMeansNoRoomIsNeeded() {
        ServiceDetails consultation =
                new ServiceDetails("Primera visita", null, 20, BigDecimal.ZERO, Set.of(vidal.id()), null);
        assertEquals(
                false,
                ServiceOffering.offer(CLINIC, "EUR", consultation, practice, NOW)
                        .view()
                        .needsRoom());
    }

    private List<String> fields(ServiceDetails details) {
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> ServiceOffering.offer(CLINIC, "EUR", details, practice, NOW));
        assertEquals(
                e.violations().stream().map(FieldViolation::field).toList(),
                ServiceOffering.violationsOf(details, practice).stream()
                        .map(FieldViolation::field)
                        .toList(),
                "violationsOf agrees with offer");
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    private List<String> violations(ServiceOffering service, ServiceDetails details) {
        try {
            service.change(details, practice);
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }

    private ServiceDetails details(String price, int minutes) {
        return new ServiceDetails(
                "Limpieza", "Tartrectomía", minutes, new BigDecimal(price), Set.of(vidal.id()), Set.of(gabinete.id()));
    }
}
