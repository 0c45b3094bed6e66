package com.clinova.records.domain;

import com.clinova.platform.error.StaleVersionException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteSignedException;
import java.util.List;
import java.util.Optional;

/** Treatment notes (and amendments) of the clinic bound to the current transaction. */
public interface TreatmentNoteRepository {

    Optional<TreatmentNote> find(NoteId id);

    /** Every note and amendment of the encounter, oldest first. */
    List<TreatmentNote> ofEncounter(EncounterId encounter);

    /** The amendments of a note, oldest first. */
    List<TreatmentNote> amendmentsOf(NoteId note);

    /** How many entries (notes and amendments) the encounter holds. */
    long countIn(EncounterId encounter);

    /** Stores a new note or amendment now. */
    void add(TreatmentNote note);

    /**
     * Flushes changes of a loaded draft now.
     *
     * @throws StaleVersionException when someone changed it since it was loaded
     * @throws NoteSignedException when the database found it signed
     */
    void save(TreatmentNote note);
}
