package com.clinova.web.api.scheduling;

import com.clinova.scheduling.api.FreeSlot;
import java.util.Objects;

/** A free slot; {@code roomId} is a free room of the service then (absent when it needs none). */
public record FreeSlotDto(String start, String end, String practitionerId, String locationId, String roomId) {

    static FreeSlotDto of(FreeSlot slot) {
        return new FreeSlotDto(
                slot.start().toString(),
                slot.end().toString(),
                slot.practitionerId().toString(),
                slot.locationId().toString(),
                Objects.toString(slot.roomId(), null));
    }
}
