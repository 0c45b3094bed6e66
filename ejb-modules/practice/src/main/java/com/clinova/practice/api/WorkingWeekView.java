package com.clinova.practice.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A practitioner's week as stored, by day and start. {@code tag} changes whenever the week does,
 * so a replacement can be refused when it was based on an older week (an HTTP ETag).
 */
public record WorkingWeekView(UUID practitionerId, List<WorkingHoursView> blocks, String tag) implements Serializable {

    public WorkingWeekView {
        blocks = List.copyOf(blocks);
    }
}
