package com.clinova.scheduling.domain;

import com.clinova.practice.api.RoomView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a free-slot search looks through: the practitioners who perform the service, the
 * locations considered, the service's usable rooms at each location (absent when the service
 * needs no room), its length, the local days {@code from}..{@code to} (inclusive) and the moment
 * before which nothing is offered.
 */
public record SlotSearch(
        List<UUID> practitioners,
        List<UUID> locations,
        boolean needsRoom,
        Map<UUID, List<RoomView>> roomsByLocation,
        Duration length,
        LocalDate from,
        LocalDate to,
        Instant notBefore,
        int limit) {

    public SlotSearch {
        practitioners = List.copyOf(practitioners);
        locations = List.copyOf(locations);
        roomsByLocation = Map.copyOf(roomsByLocation);
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("a service takes some time");
        }
    }

    List<RoomView> roomsAt(UUID location) {
        return roomsByLocation.getOrDefault(location, List.of());
    }
}
