package com.clinova.patients.api;

import java.util.List;
import java.util.Optional;

/** One page of search results and, when more follow, the key to continue after. */
public record PatientPage(List<PatientView> items, Optional<PatientKey> next) {

    public PatientPage {
        items = List.copyOf(items);
    }
}
