package com.clinova.records.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Writing, signing, amending and reading treatment notes. Practitioners write; they and clinic
 * admins read. Only a draft's author changes or signs it; a signed note never changes, and
 * corrections are amendments, which are signed as they are written.
 */
@Local
public interface TreatmentNoteService {

    /**
     * Starts a draft in an encounter, written by the calling practitioner.
     *
     * @throws EncounterNotFoundException for an unknown encounter
     * @throws RuleViolationException when the content breaks a rule (or is empty)
     * @throws EncounterFullException when the encounter has as many notes as it may
     */
    NoteView draft(EncounterId encounter, NoteContent content);

    /**
     * Replaces a draft's content, last read at one of the {@code expected} versions.
     *
     * @throws NoteNotFoundException for an unknown note
     * @throws NotNoteAuthorException when the caller did not write the draft
     * @throws NoteSignedException when the note is signed
     * @throws StaleVersionException when the draft changed since
     */
    NoteView revise(NoteId id, ExpectedVersions expected, NoteContent content);

    /** Signs a draft as last read at one of the {@code expected} versions; fails as {@link #revise}. */
    NoteView sign(NoteId id, ExpectedVersions expected);

    /**
     * Adds an amendment, signed by the calling practitioner, to a signed note.
     *
     * @throws AmendmentNotAllowedException when the note is a draft or itself an amendment
     */
    NoteView amend(NoteId original, String reason, NoteContent correction);

    /** A note with its amendments, or an amendment. */
    Optional<NoteView> find(NoteId id);

    /** The encounter's notes in writing order, each with its amendments. */
    List<NoteView> ofEncounter(EncounterId encounter);
}
