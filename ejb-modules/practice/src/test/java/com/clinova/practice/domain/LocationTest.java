package com.clinova.practice.domain;

import static com.clinova.practice.domain.PracticeFixtures.CLINIC;
import static com.clinova.practice.domain.PracticeFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.LocationDetails;
import com.clinova.practice.api.LocationView;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void opensWithNormalisedTextInARegionZone() {
        Location location = Location.open(
                CLINIC, new LocationDetails("  Sonrisa   Centro ", " ", " +34 910 000 101 ", "Europe/Madrid"), NOW);
        LocationView view = location.view();
        assertEquals("Sonrisa Centro", view.name());
        assertEquals(null, view.address());
        assertEquals("+34 910 000 101", view.phone());
        assertEquals(ZoneId.of("Europe/Madrid"), view.timeZone());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> Location.open(
                        CLINIC, new LocationDetails(null, "a".repeat(301), "call me", "Europe/Nowhere"), NOW));
        assertEquals(
                List.of("name", "address", "phone", "timeZone"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void fixedOffsetsAndAbbreviationsAreNotTimeZones() {
        for (String zone : List.of("+01:00", "UTC+1", "CET-ish", "")) {
            assertThrows(
                    RuleViolationException.class,
                    () -> Location.open(CLINIC, PracticeFixtures.locationDetails("Sede", zone), NOW),
                    zone);
        }
    }

    @Test
    void aRejectedChangeLeavesTheLocationAsItWas() {
        Location location = Location.open(CLINIC, PracticeFixtures.locationDetails("Sede", "Europe/Lisbon"), NOW);
        assertThrows(
                RuleViolationException.class,
                () -> location.change(PracticeFixtures.locationDetails("", "Europe/Madrid")));
        assertEquals("Sede", location.view().name());
        assertEquals(ZoneId.of("Europe/Lisbon"), location.zone());
    }

    @Test
    void aDeactivatedLocationTakesNoNewRooms() {
        PracticeFixtures practice = new PracticeFixtures();
        Location location = practice.location("Sede", "Europe/Madrid");
        location.deactivate();
        assertFalse(location.view().active());
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> Room.open(CLINIC, location, "Gabinete", NOW));
        assertEquals("locationId", e.violations().get(0).field());
        location.reactivate();
        assertEquals(
                location.id(),
                Room.open(CLINIC, location, "Gabinete", NOW).view().locationId());
    }
}
