package com.clinova.practice.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * A treatment the clinic offers. {@code practitionerIds} may perform it; it takes place in one of
 * {@code roomIds}, or needs no room when that set is empty.
 */
public record ServiceView(
        UUID id,
        String name,
        String description,
        Duration duration,
        BigDecimal price,
        String currency,
        Set<UUID> practitionerIds,
        Set<UUID> roomIds,
        boolean active)
        implements Serializable {

    public ServiceView {
        practitionerIds = Set.copyOf(practitionerIds);
        roomIds = Set.copyOf(roomIds);
    }

    public boolean needsRoom() {
        return !roomIds.isEmpty();
    }
}
