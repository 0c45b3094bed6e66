package com.clinova.scheduling.api;

import java.util.List;
import java.util.Optional;

/** One page of a calendar and, when more follow, the key to continue after. */
public record AppointmentPage(List<AppointmentView> items, Optional<AppointmentKey> next) {

    public AppointmentPage {
        items = List.copyOf(items);
    }
}
