package com.clinova.records.api;

import java.util.List;
import java.util.Optional;

/** One page of a patient's encounters and, when more follow, the key to continue after. */
public record EncounterPage(List<EncounterView> items, Optional<EncounterKey> next) {

    public EncounterPage {
        items = List.copyOf(items);
    }
}
