package com.clinova.web.portal.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the portal shows them: the location's wall clock, in the reader's language. */
final class Times {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {}

    static String time(Instant instant, ZoneId zone) {
        return HOUR_MINUTE.format(instant.atZone(zone));
    }

    static String time(LocalTime time) {
        return HOUR_MINUTE.format(time);
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d", locale).format(date);
    }

    /** E.g. "Monday, 23 November 2026, 10:00" in the location's zone. */
    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return date(instant.atZone(zone).toLocalDate(), locale) + ", " + time(instant, zone);
    }
}
