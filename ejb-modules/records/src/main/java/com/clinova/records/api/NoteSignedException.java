package com.clinova.records.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** The note is signed and can never change again; corrections are amendments. */
public class NoteSignedException extends ConflictException implements SpecificProblem {

    public NoteSignedException(NoteId id) {
        super("Treatment note " + id + " is signed and cannot be changed; add an amendment instead");
    }

    @Override
    public String problemSlug() {
        return "note-signed";
    }

    @Override
    public String problemTitle() {
        return "Note is signed";
    }
}
