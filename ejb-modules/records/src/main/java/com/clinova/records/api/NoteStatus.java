package com.clinova.records.api;

/** A note is a draft while its author writes it; once signed it never changes again. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}
