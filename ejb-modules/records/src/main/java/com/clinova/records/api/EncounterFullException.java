package com.clinova.records.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/**
 * The encounter holds as many notes or attachments as one visit may (configured limits that keep
 * an encounter's lists, which are served unpaginated, and its storage bounded).
 */
public class EncounterFullException extends ConflictException implements SpecificProblem {

    public EncounterFullException(String what, int limit) {
        super("An encounter holds at most " + limit + " " + what);
    }

    @Override
    public String problemSlug() {
        return "encounter-full";
    }

    @Override
    public String problemTitle() {
        return "Encounter full";
    }
}
