package com.clinova.practice.domain;

import static com.clinova.practice.domain.PracticeFixtures.CLINIC;
import static com.clinova.practice.domain.PracticeFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.ScheduleExceptionDetails;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.ScheduleExceptionView.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleExceptionTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final PracticeFixtures practice = new PracticeFixtures();
    private final Location lisboa = practice.location("Lisboa", "Europe/Lisbon");
    private final Practitioner vidal = practice.practitioner("Dra. Vidal");

    @Test
    void aHolidayOnTheSpringForwardDayLastsTwentyThreeHours() {
        LocalDate changeDay = LocalDate.of(2026, 3, 29);
        ScheduleExceptionView holiday = declare(new ScheduleExceptionDetails(
                        Kind.HOLIDAY,
                        null,
                        null,
                        changeDay.atStartOfDay(),
                        changeDay.plusDays(1).atStartOfDay(),
                        "Fiesta"))
                .view();

        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), holiday.start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), holiday.end());
        assertEquals(Duration.ofHours(23), Duration.between(holiday.start(), holiday.end()));
        assertTrue(holiday.blocks(UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void aClosureIsInItsLocationsZone() {
        LocalDateTime nine = LocalDateTime.of(2026, 7, 1, 9, 0);
        ScheduleExceptionView closure = declare(
                        new ScheduleExceptionDetails(Kind.CLOSURE, null, lisboa.id(), nine, nine.plusHours(4), null))
                .view();

        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), closure.start(), "09:00 in Lisbon, not in Madrid");
        assertTrue(closure.blocks(vidal.id(), lisboa.id()));
        assertEquals(false, closure.blocks(vidal.id(), UUID.randomUUID()));
    }

    @Test
    void anAbsenceNamesItsPractitionerOnly() {
        LocalDateTime day = LocalDateTime.of(2026, 12, 1, 0, 0);
        ScheduleExceptionView absence = declare(
                        new ScheduleExceptionDetails(Kind.ABSENCE, vidal.id(), null, day, day.plusDays(3), "Congreso"))
                .view();
        assertTrue(absence.blocks(vidal.id(), lisboa.id()));
        assertEquals(false, absence.blocks(UUID.randomUUID(), lisboa.id()));
    }

    @Test
    void theKindDecidesWhatItMayName() {
        LocalDateTime day = LocalDateTime.of(2026, 12, 1, 0, 0);
        assertEquals(
                List.of("practitionerId", "locationId"),
                fields(new ScheduleExceptionDetails(
                        Kind.HOLIDAY, vidal.id(), lisboa.id(), day, day.plusDays(1), null)));
        assertEquals(
                List.of("practitionerId", "locationId"),
                fields(new ScheduleExceptionDetails(Kind.CLOSURE, vidal.id(), null, day, day.plusDays(1), null)));
        assertEquals(
                List.of("practitionerId"),
                fields(new ScheduleExceptionDetails(
                        Kind.ABSENCE, UUID.randomUUID(), null, day, day.plusDays(1), null)));
        assertEquals(
                List.of("kind", "start", "end"),
                fields(new ScheduleExceptionDetails(null, null, null, null, null, null)));
    }

    @Test
    void itEndsAfterItStartsAndWithinAYear() {
        LocalDateTime day = LocalDateTime.of(2026, 12, 1, 0, 0);
        assertEquals(List.of("end"), fields(new ScheduleExceptionDetails(Kind.HOLIDAY, null, null, day, day, null)));
        assertEquals(
                List.of("end"),
                fields(new ScheduleExceptionDetails(Kind.HOLIDAY, null, null, day, day.plusDays(367), null)));
        assertEquals(
                List.of("reason"),
                fields(new ScheduleExceptionDetails(Kind.HOLIDAY, null, null, day, day.plusDays(1), "x".repeat(301))));
    }

    private ScheduleException declare(ScheduleExceptionDetails details) {
        return ScheduleException.declare(CLINIC, details, MADRID, practice, NOW);
    }

    private List<String> fields(ScheduleExceptionDetails details) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> declare(details));
        assertEquals(e.violations(), ScheduleException.violationsOf(details, MADRID, practice), "violationsOf agrees");
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
