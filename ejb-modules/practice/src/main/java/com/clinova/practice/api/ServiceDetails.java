package com.clinova.practice.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * What an admin enters for a service: {@code price} is in the clinic's currency; {@code roomIds}
 * empty means the service needs no room. Null sets count as empty.
 */
public record ServiceDetails(
        String name,
        String description,
        Integer durationMinutes,
        BigDecimal price,
        Set<UUID> practitionerIds,
        Set<UUID> roomIds)
        implements Serializable {

    public ServiceDetails {
        practitionerIds = practitionerIds == null ? Set.of() : Set.copyOf(practitionerIds);
        roomIds = roomIds == null ? Set.of() : Set.copyOf(roomIds);
    }
}
