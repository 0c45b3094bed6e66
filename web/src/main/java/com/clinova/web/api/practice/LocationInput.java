package com.clinova.web.api.practice;

import com.clinova.practice.api.LocationDetails;

/** A location as clients send it; {@code active} false deactivates it (absent keeps it active). */
public record LocationInput(String name, String address, String phone, String timeZone, Boolean active) {

    LocationDetails details() {
        return new LocationDetails(name, address, phone, timeZone);
    }

    boolean isActive() {
        return active == null || active;
    }
}
