package com.clinova.web.api.practice;

import com.clinova.practice.api.WorkingHoursView;
import com.clinova.practice.api.WorkingWeekView;
import java.util.List;
import java.util.Locale;

/** A practitioner's week: blocks by day and start; {@code tag} is also sent as the ETag. */
public record WorkingWeekDto(String practitionerId, List<Block> blocks, String tag) {

    /** Every {@code day} (monday … sunday) from {@code start} to {@code end} (HH:mm) at the location. */
    public record Block(String id, String locationId, String day, String start, String end) {

        static Block of(WorkingHoursView v) {
            return new Block(
                    v.id().toString(),
                    v.locationId().toString(),
                    v.day().name().toLowerCase(Locale.ROOT),
                    v.start().toString(),
                    v.end().toString());
        }
    }

    static WorkingWeekDto of(WorkingWeekView week) {
        return new WorkingWeekDto(
                week.practitionerId().toString(),
                week.blocks().stream().map(Block::of).toList(),
                week.tag());
    }
}
