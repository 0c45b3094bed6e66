package com.clinova.scheduling.domain;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.WorkingHoursView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When practitioners work, as real time. Weekly hours are wall-clock times in the location's
 * zone, so each day's block is placed on the time line with that day's offset: on a day the
 * clocks go forward a block spanning the change is an hour shorter, on the day they go back an
 * hour longer, and a block that falls entirely into the skipped hour does not exist. Exceptions
 * (holidays, closures, absences) are real-time periods already.
 */
public final class WorkingTime {

    private final List<WorkingHoursView> hours;
    private final Map<UUID, LocationView> locations;
    private final List<ScheduleExceptionView> exceptions;

    /**
     * @param locations the active locations by id; hours at any other location are ignored
     */
    public WorkingTime(
            List<WorkingHoursView> hours, Map<UUID, LocationView> locations, List<ScheduleExceptionView> exceptions) {
        this.hours = List.copyOf(hours);
        this.locations = Map.copyOf(locations);
        this.exceptions = List.copyOf(exceptions);
    }

    /** The (active) locations at which any of the practitioners works. */
    public Set<UUID> locationIds() {
        return locations.keySet();
    }

    /** The practitioner's working periods at the location on that local day, in time order. */
    public List<Period> blocks(UUID practitioner, UUID location, LocalDate day) {
        LocationView place = locations.get(location);
        List<Period> blocks = new ArrayList<>();
        if (place == null) {
            return blocks;
        }
        for (WorkingHoursView h : hours) {
            if (h.practitionerId().equals(practitioner)
                    && h.locationId().equals(location)
                    && h.day() == day.getDayOfWeek()) {
                Instant start =
                        ZonedDateTime.of(day, h.start(), place.timeZone()).toInstant();
                Instant end = ZonedDateTime.of(day, h.end(), place.timeZone()).toInstant();
                if (start.isBefore(end)) {
                    blocks.add(new Period(start, end));
                }
            }
        }
        blocks.sort((a, b) -> a.start().compareTo(b.start()));
        return blocks;
    }

    /** The location where the practitioner works throughout {@code period}, if any. */
    public Optional<UUID> locationCovering(UUID practitioner, Period period) {
        return locations.values().stream()
                .filter(l -> covers(practitioner, l.id(), period))
                .map(LocationView::id)
                .findFirst();
    }

    /** Whether the practitioner works at the location throughout {@code period}. */
    public boolean covers(UUID practitioner, UUID location, Period period) {
        LocationView place = locations.get(location);
        if (place == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(period.start(), place.timeZone());
        return blocks(practitioner, location, day).stream().anyMatch(b -> b.contains(period));
    }

    /** Whether a holiday, a closure of the location or an absence of the practitioner overlaps {@code period}. */
    public boolean isExcepted(UUID practitioner, UUID location, Period period) {
        return exceptions.stream()
                .anyMatch(e -> e.blocks(practitioner, location) && period.overlaps(e.start(), e.end()));
    }
}
