package com.clinova.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time [{@code start}, {@code end}): one period may end where the next begins. */
public record Period(Instant start, Instant end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " - " + end);
        }
    }

    public static Period of(Instant start, Duration length) {
        return new Period(start, start.plus(length));
    }

    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
