package com.clinova.scheduling.domain;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test data builder for a clinic's practice as the practice context's api shows it: one active
 * location in Madrid unless told otherwise, practitioners, rooms, services, weekly hours and
 * exceptions, each made with a fresh id.
 */
final class PracticeBuilder {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    final Map<UUID, LocationView> locations = new LinkedHashMap<>();
    final List<WorkingHoursView> hours = new ArrayList<>();
    final List<ScheduleExceptionView> exceptions = new ArrayList<>();

    UUID location(String name, ZoneId zone) {
        UUID id = UUID.randomUUID();
        locations.put(id, new LocationView(id, name, null, null, zone, true));
        return id;
    }

    static PractitionerView practitioner(String name) {
        return new PractitionerView(UUID.randomUUID(), null, name, null, null, true);
    }

    static RoomView room(UUID location, String name) {
        return new RoomView(UUID.randomUUID(), location, name, true);
    }

    static ServiceView service(int minutes, Set<UUID> practitioners, Set<UUID> rooms) {
        return new ServiceView(
                UUID.randomUUID(),
                "Service " + minutes,
                null,
                Duration.ofMinutes(minutes),
                new BigDecimal("50.00"),
                "EUR",
                practitioners,
                rooms,
                true);
    }

    static Set<UUID> ids(Object... views) {
        Set<UUID> ids = new HashSet<>();
        for (Object view : views) {
            if (view instanceof PractitionerView p) {
                ids.add(p.id());
            } else if (view instanceof RoomView r) {
                ids.add(r.id());
            } else {
                throw new IllegalArgumentException(String.valueOf(view));
            }
        }
        return ids;
    }

    /** Works at the location on these days from {@code start} to {@code end}. */
    PracticeBuilder works(PractitionerView who, UUID location, String start, String end, DayOfWeek... days) {
        for (DayOfWeek day : days) {
            hours.add(new WorkingHoursView(
                    UUID.randomUUID(), who.id(), location, day, LocalTime.parse(start), LocalTime.parse(end)));
        }
        return this;
    }

    PracticeBuilder holiday(Instant start, Instant end) {
        return exception(ScheduleExceptionView.Kind.HOLIDAY, null, null, start, end);
    }

    PracticeBuilder closure(UUID location, Instant start, Instant end) {
        return exception(ScheduleExceptionView.Kind.CLOSURE, null, location, start, end);
    }

    PracticeBuilder absence(PractitionerView who, Instant start, Instant end) {
        return exception(ScheduleExceptionView.Kind.ABSENCE, who.id(), null, start, end);
    }

    private PracticeBuilder exception(
            ScheduleExceptionView.Kind kind, UUID practitioner, UUID location, Instant start, Instant end) {
        exceptions.add(new ScheduleExceptionView(UUID.randomUUID(), kind, practitioner, location, start, end, "test"));
        return this;
    }

    WorkingTime workingTime() {
        return new WorkingTime(hours, locations, exceptions);
    }
}
