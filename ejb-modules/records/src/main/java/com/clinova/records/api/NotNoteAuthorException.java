package com.clinova.records.api;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.SpecificProblem;

/** Only the author of a draft edits or signs it. */
public class NotNoteAuthorException extends NotPermittedException implements SpecificProblem {

    public NotNoteAuthorException() {
        super("Only the author of this draft may change or sign it");
    }

    @Override
    public String problemSlug() {
        return "not-note-author";
    }

    @Override
    public String problemTitle() {
        return "Not the note's author";
    }
}
