package com.clinova.web.api.practice;

import com.clinova.practice.api.ScheduleExceptionView;
import java.util.Locale;

/** An exception as the API shows it: {@code start} (inclusive) and {@code end} (exclusive) as UTC instants. */
public record ScheduleExceptionDto(
        String id, String kind, String practitionerId, String locationId, String start, String end, String reason) {

    static ScheduleExceptionDto of(ScheduleExceptionView v) {
        return new ScheduleExceptionDto(
                v.id().toString(),
                v.kind().name().toLowerCase(Locale.ROOT),
                v.practitionerId() == null ? null : v.practitionerId().toString(),
                v.locationId() == null ? null : v.locationId().toString(),
                v.start().toString(),
                v.end().toString(),
                v.reason());
    }
}
