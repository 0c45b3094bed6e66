package com.clinova.records.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** The appointment has its encounter already: there is one per appointment. */
public class EncounterExistsException extends ConflictException implements SpecificProblem {

    private final EncounterId existing;

    public EncounterExistsException(EncounterId existing) {
        super("This appointment already has an encounter" + (existing == null ? "" : " (" + existing + ")"));
        this.existing = existing;
    }

    /** The encounter the appointment already has; null when a concurrent opening won the race. */
    public EncounterId existing() {
        return existing;
    }

    @Override
    public String problemSlug() {
        return "encounter-exists";
    }

    @Override
    public String problemTitle() {
        return "Encounter exists";
    }
}
