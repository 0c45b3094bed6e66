package com.clinova.scheduling.infrastructure;

import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.CalendarQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the SQL of a calendar query with positional parameters: appointments overlapping the
 * range, in (start, id) order, after the keyset position when continuing.
 */
final class CalendarSql {

    /**
     * No appointment lasts this long (services take at most 8 hours), so {@code starts_at} after
     * {@code from} minus this bounds the index range scan without missing an overlapping one.
     */
    static final Duration LONGEST_APPOINTMENT = Duration.ofDays(1);

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    static CalendarSql of(CalendarQuery query) {
        CalendarSql sql = new CalendarSql();
        sql.condition("starts_at < ?", utc(query.to()));
        sql.condition("starts_at > ?", utc(query.from().minus(LONGEST_APPOINTMENT)));
        sql.condition("ends_at > ?", utc(query.from()));
        query.practitionerId().ifPresent(p -> sql.condition("practitioner_id = ?", p));
        query.locationId().ifPresent(l -> sql.condition("location_id = ?", l));
        query.patientId().ifPresent(p -> sql.condition("patient_id = ?", p));
        if (!query.statuses().isEmpty()) {
            sql.condition("status = any(cast(? as text[]))", textArray(query));
        }
        query.after().ifPresent(k -> sql.condition("(starts_at, id) > (?, ?)", utc(k.start()), k.id()));
        sql.parameters.add(query.limit() + 1);
        return sql;
    }

    String text() {
        return "select * from clinic.appointment where " + where + " order by starts_at, id limit ?";
    }

    List<Object> parameters() {
        return parameters;
    }

    private void condition(String sql, Object value) {
        where.append(where.length() == 0 ? "" : " and ").append(sql);
        parameters.add(value);
    }

    private void condition(String sql, Object first, Object second) {
        condition(sql, first);
        parameters.add(second);
    }

    private static String textArray(CalendarQuery query) {
        return query.statuses().stream()
                .map(AppointmentStatus::code)
                .sorted()
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Microseconds, the database's precision: what is written is exactly what is read back. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
