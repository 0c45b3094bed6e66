package com.clinova.records.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No encounter with this id in the current clinic (which includes: it belongs to another one). */
public class EncounterNotFoundException extends ResourceNotFoundException {

    public EncounterNotFoundException(EncounterId id) {
        super("Encounter", id);
    }
}
