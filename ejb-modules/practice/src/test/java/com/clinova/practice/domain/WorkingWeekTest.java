package com.clinova.practice.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.WorkingHoursBlock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    private final PracticeFixtures practice = new PracticeFixtures();
    private final Location centro = practice.location("Centro", "Europe/Madrid");
    private final Location norte = practice.location("Norte", "Europe/Madrid");
    private final Practitioner vidal = practice.practitioner("Dra. Vidal");

    @Test
    void aSplitShiftAtTwoLocationsAndASaturdayMorningIsAWeek() {
        List<WorkingHoursBlock> blocks = List.of(
                block(norte, MONDAY, "16:00", "19:00"),
                block(centro, MONDAY, "09:00", "14:00"),
                block(centro, SATURDAY, "10:00", "14:00"));

        WorkingWeek week = WorkingWeek.of(vidal, blocks, List.of(), practice);

        assertEquals(List.of(blocks.get(1), blocks.get(0), blocks.get(2)), week.blocks(), "by day and start");
        assertEquals(
                3,
                week.rows(PracticeFixtures.CLINIC, vidal, PracticeFixtures.NOW).size());
    }

    @Test
    void touchingBlocksDoNotOverlap() {
        WorkingWeek week = WorkingWeek.of(
                vidal,
                List.of(block(centro, TUESDAY, "09:00", "13:00"), block(norte, TUESDAY, "13:00", "14:00")),
                List.of(),
                practice);
        assertEquals(2, week.blocks().size());
    }

    @Test
    void overlapsAreNamedWhateverTheLocation() {
        List<WorkingHoursBlock> blocks = List.of(
                block(centro, TUESDAY, "09:00", "14:00"),
                block(norte, TUESDAY, "13:59", "18:00"),
                block(norte, MONDAY, "13:59", "18:00"));

        assertEquals(List.of("blocks[1]"), fields(blocks, List.of()));
    }

    @Test
    void everyImpossibleBlockIsNamedAtOnce() {
        List<WorkingHoursBlock> blocks = List.of(
                block(centro, MONDAY, "14:00", "09:00"),
                new WorkingHoursBlock(UUID.randomUUID(), MONDAY, LocalTime.of(15, 0), LocalTime.of(16, 0)),
                new WorkingHoursBlock(centro.id(), null, LocalTime.of(15, 0), LocalTime.of(16, 0)),
                new WorkingHoursBlock(centro.id(), TUESDAY, LocalTime.of(15, 0, 30), LocalTime.of(16, 0)));

        assertEquals(List.of("blocks[0]", "blocks[1]", "blocks[2]", "blocks[3]"), fields(blocks, List.of()));
    }

    @Test
    void anInactiveLocationKeepsItsBlocksButGetsNoNewOnes() {
        WorkingHoursBlock kept = block(norte, MONDAY, "09:00", "13:00");
        norte.deactivate();

        assertEquals(
                1,
                WorkingWeek.of(vidal, List.of(kept), List.of(kept), practice)
                        .blocks()
                        .size());
        assertEquals(List.of("blocks[0]"), fields(List.of(block(norte, TUESDAY, "09:00", "13:00")), List.of(kept)));
    }

    @Test
    void anInactivePractitionerCanLoseHoursButNotGainThem() {
        WorkingHoursBlock kept = block(centro, MONDAY, "09:00", "13:00");
        vidal.deactivate();

        assertEquals(
                0,
                WorkingWeek.of(vidal, List.of(), List.of(kept), practice)
                        .blocks()
                        .size());
        assertEquals(
                List.of("blocks[1]"), fields(List.of(kept, block(centro, TUESDAY, "09:00", "13:00")), List.of(kept)));
    }

    @Test
    void theTagIgnoresOrderButNotLocation() {
        WorkingHoursBlock a = block(centro, MONDAY, "09:00", "13:00");
        WorkingHoursBlock b = block(centro, TUESDAY, "09:00", "13:00");

        assertEquals(WorkingWeek.tagOf(List.of(a, b)), WorkingWeek.tagOf(List.of(b, a)));
        assertNotEquals(
                WorkingWeek.tagOf(List.of(a)), WorkingWeek.tagOf(List.of(block(norte, MONDAY, "09:00", "13:00"))));
        assertNotEquals(WorkingWeek.tagOf(List.of()), WorkingWeek.tagOf(List.of(a)));
    }

    private List<String> fields(List<WorkingHoursBlock> blocks, List<WorkingHoursBlock> current) {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> WorkingWeek.of(vidal, blocks, current, practice));
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    private static WorkingHoursBlock block(Location location, DayOfWeek day, String start, String end) {
        return new WorkingHoursBlock(location.id(), day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
