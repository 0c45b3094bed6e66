package com.clinova.practice.domain;

import com.clinova.practice.api.ScheduleExceptionDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The instants an exception covers, from wall-clock times in a zone. A start in a daylight-saving
 * gap moves forward by the gap, like the clocks do; in an overlap the earlier offset applies.
 */
record ExceptionPeriod(Instant start, Instant end) {

    static final int MAX_DAYS = 366;

    static ExceptionPeriod check(FieldRules rules, ScheduleExceptionDetails d, ZoneId zone) {
        if (d.start() == null) {
            rules.add("start", "is required");
        }
        if (d.end() == null) {
            rules.add("end", "is required");
        }
        if (d.start() == null || d.end() == null) {
            return null;
        }
        Instant start = d.start().atZone(zone).toInstant();
        Instant end = d.end().atZone(zone).toInstant();
        if (!start.isBefore(end)) {
            rules.add("end", "must be after start");
        } else if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            rules.add("end", "must be at most " + MAX_DAYS + " days after start");
        }
        return new ExceptionPeriod(start, end);
    }
}
