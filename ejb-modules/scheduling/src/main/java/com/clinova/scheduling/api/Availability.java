package com.clinova.scheduling.api;

import java.util.List;

/** The earliest free slots of a search, in time order; {@code truncated} when more were found. */
public record Availability(List<FreeSlot> slots, boolean truncated) {

    public Availability {
        slots = List.copyOf(slots);
    }
}
