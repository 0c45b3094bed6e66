package com.clinova.web.portal.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.web.portal.scheduling.CalendarGrid.Booked;
import com.clinova.web.portal.scheduling.CalendarGrid.Cell;
import com.clinova.web.portal.scheduling.CalendarGrid.Column;
import com.clinova.web.portal.scheduling.CalendarGrid.Row;
import com.clinova.web.portal.scheduling.CalendarGrid.Slot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarGridTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final UUID lucia = UUID.randomUUID();
    private final UUID pablo = UUID.randomUUID();

    @Test
    void anAppointmentIsListedInTheRowItStartsInAndMakesTheRowsItCoversBusy() {
        CalendarGrid grid = grid(List.of(new Column(MONDAY, lucia, "Lucía"), new Column(MONDAY, pablo, "Pablo")));
        grid.place(booked(lucia, "09:15", "10:00"));

        List<Row> rows = grid.rows((c, i) -> true);

        assertEquals(
                List.of("09:00", "09:15", "09:30", "09:45", "10:00"),
                rows.stream().map(Row::time).toList());
        Cell start = rows.get(1).cells().get(0);
        assertEquals("09:15", start.entries().get(0).time());
        assertEquals("booked", start.entries().get(0).statusCode());
        assertTrue(rows.get(3).cells().get(0).busy()
                && rows.get(3).cells().get(0).entries().isEmpty());
        assertFalse(rows.get(4).cells().get(0).busy(), "ends at 10:00");
        assertFalse(rows.get(1).cells().get(1).busy(), "Pablo's column is free");
    }

    @Test
    void freeSlotsAppearInTheirPractitionersColumnAndRow() {
        CalendarGrid grid = grid(List.of(new Column(MONDAY, lucia, "Lucía"), new Column(MONDAY, pablo, "Pablo")));
        Instant at = local(MONDAY, "09:30");
        grid.offer(at, new Slot(at.toString(), "09:30", pablo, UUID.randomUUID(), null, "Book 09:30"));

        List<Row> rows = grid.rows((c, i) -> true);

        assertEquals(1, rows.get(2).cells().get(1).slots().size());
        assertTrue(rows.get(2).cells().get(0).slots().isEmpty());
    }

    @Test
    void aWeekColumnShowsEveryPractitionersAppointmentsOfItsDay() {
        CalendarGrid grid = grid(List.of(new Column(MONDAY, null, "Mon"), new Column(MONDAY.plusDays(1), null, "Tue")));
        grid.place(booked(pablo, "09:00", "09:30"));

        List<Row> rows = grid.rows((c, i) -> c.day().equals(MONDAY));

        assertEquals(1, rows.get(0).cells().get(0).entries().size());
        assertTrue(rows.get(0).cells().get(1).entries().isEmpty());
        assertTrue(rows.get(0).cells().get(0).working());
        assertFalse(rows.get(0).cells().get(1).working());
    }

    @Test
    void theHourSkippedWhenClocksGoForwardHasNoCells() {
        LocalDate change = LocalDate.of(2026, 3, 29);
        CalendarGrid grid = new CalendarGrid(
                MADRID,
                List.of(new Column(change, null, "Sun")),
                LocalTime.of(1, 0),
                LocalTime.of(4, 0),
                Duration.ofHours(1));

        List<Row> rows = grid.rows((c, i) -> true);

        assertEquals(
                List.of("01:00", "02:00", "03:00"), rows.stream().map(Row::time).toList());
        assertFalse(rows.get(1).cells().get(0).working(), "02:00 does not exist that day");
        assertTrue(rows.get(2).cells().get(0).working());
    }

    private CalendarGrid grid(List<Column> columns) {
        return new CalendarGrid(MADRID, columns, LocalTime.of(9, 0), LocalTime.of(10, 15), Duration.ofMinutes(15));
    }

    private Booked booked(UUID practitioner, String start, String end) {
        return new Booked(
                UUID.randomUUID().toString(),
                practitioner,
                local(MONDAY, start),
                local(MONDAY, end),
                "Núñez, María · Limpieza",
                "Booked",
                "booked");
    }

    private static Instant local(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }
}
