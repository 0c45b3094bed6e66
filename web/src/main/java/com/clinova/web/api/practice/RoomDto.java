package com.clinova.web.api.practice;

import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.Versioned;

/** A room as the API shows it; {@code version} is also sent as the ETag (absent in lists). */
public record RoomDto(String id, String locationId, String name, boolean active, Long version) {

    static RoomDto of(Versioned<RoomView> versioned) {
        RoomView v = versioned.value();
        return new RoomDto(v.id().toString(), v.locationId().toString(), v.name(), v.active(), versioned.version());
    }

    static RoomDto listed(RoomView v) {
        return new RoomDto(v.id().toString(), v.locationId().toString(), v.name(), v.active(), null);
    }
}
