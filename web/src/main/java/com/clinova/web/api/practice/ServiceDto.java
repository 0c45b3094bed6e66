package com.clinova.web.api.practice;

import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.Versioned;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service as the API shows it: {@code price} in {@code currency}; no {@code roomIds} means it
 * needs no room. {@code version} is also sent as the ETag.
 */
public record ServiceDto(
        String id,
        String name,
        String description,
        long durationMinutes,
        BigDecimal price,
        String currency,
        List<String> practitionerIds,
        List<String> roomIds,
        boolean active,
        long version) {

    static ServiceDto of(Versioned<ServiceView> versioned) {
        ServiceView v = versioned.value();
        return new ServiceDto(
                v.id().toString(),
                v.name(),
                v.description(),
                v.duration().toMinutes(),
                v.price(),
                v.currency(),
                sorted(v.practitionerIds()),
                sorted(v.roomIds()),
                v.active(),
                versioned.version());
    }

    private static List<String> sorted(java.util.Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }
}
