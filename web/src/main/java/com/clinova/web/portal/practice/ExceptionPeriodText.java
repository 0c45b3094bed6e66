package com.clinova.web.portal.practice;

import com.clinova.practice.api.ScheduleExceptionView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An exception's period in words for the page: "24 dic 2026" for one whole day, "1 dic 2026 – 3 dic
 * 2026" for whole days (the end day included), date and time otherwise. Times are shown in the
 * clinic's zone.
 */
final class ExceptionPeriodText {

    private ExceptionPeriodText() {}

    static String of(ScheduleExceptionView exception, ZoneId zone, Locale locale) {
        LocalDateTime start = LocalDateTime.ofInstant(exception.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(exception.end(), zone);
        if (start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            DateTimeFormatter days =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            String first = days.format(start.toLocalDate());
            String last = days.format(end.toLocalDate().minusDays(1));
            return first.equals(last) ? first : first + " – " + last;
        }
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        return moments.format(start) + " – " + moments.format(end);
    }
}
