package com.clinova.web.portal.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A calendar as a grid of wall-clock rows (one per {@code step}) and columns (a day, or a
 * practitioner on a day). Each cell lists the appointments that start in it, the free slots that
 * start in it, whether an appointment is under way then, and whether the column's practitioner
 * works then. Times are the location's wall clock; a row that does not exist on a day (the hour
 * skipped when clocks go forward) stays empty.
 */
public final class CalendarGrid {

    /** A column: a day, and the practitioner it is limited to (null: every practitioner). */
    public record Column(LocalDate day, UUID practitionerId, String heading) {}

    /** An appointment as a cell shows it; {@code statusCode} names its style, {@code status} is its text. */
    public record Entry(String appointmentId, String time, String label, String status, String statusCode) {}

    /** A free slot as a cell offers it. */
    public record Slot(String start, String time, UUID practitionerId, UUID locationId, UUID roomId, String label) {}

    public record Cell(List<Entry> entries, List<Slot> slots, boolean busy, boolean working) {}

    public record Row(String time, List<Cell> cells) {}

    /** An appointment to place: when, whose, and how a cell names it. */
    public record Booked(
            String id,
            UUID practitionerId,
            Instant start,
            Instant end,
            String label,
            String status,
            String statusCode) {}

    private final ZoneId zone;
    private final List<Column> columns;
    private final LocalTime first;
    private final LocalTime last;
    private final Duration step;
    private final List<Booked> booked = new ArrayList<>();
    private final List<Slot> free = new ArrayList<>();
    private final List<Instant> freeStarts = new ArrayList<>();

    /** Rows from {@code first} up to (not including) {@code last}, every {@code step}. */
    public CalendarGrid(ZoneId zone, List<Column> columns, LocalTime first, LocalTime last, Duration step) {
        this.zone = zone;
        this.columns = List.copyOf(columns);
        this.first = first;
        this.last = last;
        this.step = step;
    }

    public void place(Booked appointment) {
        booked.add(appointment);
    }

    public void offer(Instant start, Slot slot) {
        free.add(slot);
        freeStarts.add(start);
    }

    /**
     * The rows with their cells; {@code works} says whether a practitioner (null: anyone of the
     * column's location) works at an instant of a day.
     */
    public List<Row> rows(BiPredicate<Column, Instant> works) {
        List<Row> rows = new ArrayList<>();
        for (LocalTime time = first; time.isBefore(last); time = time.plus(step)) {
            List<Cell> cells = new ArrayList<>();
            for (Column column : columns) {
                cells.add(cell(column, time, works));
            }
            rows.add(new Row(Times.time(time), cells));
            if (time.plus(step).isBefore(time)) {
                break; // wrapped past midnight
            }
        }
        return rows;
    }

    private Cell cell(Column column, LocalTime time, BiPredicate<Column, Instant> works) {
        ZonedDateTime local = ZonedDateTime.of(column.day(), time, zone);
        if (!local.toLocalTime().equals(time)) {
            return new Cell(List.of(), List.of(), false, false); // skipped by a clock change
        }
        Instant from = local.toInstant();
        Instant to = from.plus(step);
        List<Entry> entries = new ArrayList<>();
        boolean busy = false;
        for (Booked b : booked) {
            if (column.practitionerId() != null && !column.practitionerId().equals(b.practitionerId())) {
                continue;
            }
            if (!b.start().isBefore(from) && b.start().isBefore(to)) {
                entries.add(new Entry(b.id(), Times.time(b.start(), zone), b.label(), b.status(), b.statusCode()));
            }
            busy |= b.start().isBefore(to) && b.end().isAfter(from);
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            Slot slot = free.get(i);
            Instant start = freeStarts.get(i);
            boolean inColumn =
                    column.practitionerId() == null || column.practitionerId().equals(slot.practitionerId());
            if (inColumn && !start.isBefore(from) && start.isBefore(to)) {
                slots.add(slot);
            }
        }
        return new Cell(entries, slots, busy, works.test(column, from));
    }
}
