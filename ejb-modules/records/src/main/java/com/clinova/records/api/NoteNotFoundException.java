package com.clinova.records.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No treatment note with this id in the current clinic. */
public class NoteNotFoundException extends ResourceNotFoundException {

    public NoteNotFoundException(NoteId id) {
        super("Treatment note", id);
    }
}
