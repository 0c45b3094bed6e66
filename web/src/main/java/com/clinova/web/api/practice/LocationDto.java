package com.clinova.web.api.practice;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.Versioned;

/** A location as the API shows it; {@code version} is also sent as the ETag. */
public record LocationDto(
        String id, String name, String address, String phone, String timeZone, boolean active, long version) {

    static LocationDto of(Versioned<LocationView> versioned) {
        return of(versioned.value(), versioned.version());
    }

    static LocationDto of(LocationView v, long version) {
        return new LocationDto(
                v.id().toString(),
                v.name(),
                v.address(),
                v.phone(),
                v.timeZone().getId(),
                v.active(),
                version);
    }
}
