package com.clinova.records.domain;

import com.clinova.records.api.EncounterFullException;

/**
 * How much one encounter may hold. An encounter's notes and attachments are listed whole (a visit
 * has a handful), so these bounds keep those lists, and the storage one visit can take, finite.
 */
public record RecordLimits(int notesPerEncounter, int attachmentsPerEncounter, AttachmentPolicy attachments) {

    public RecordLimits {
        if (notesPerEncounter < 1 || attachmentsPerEncounter < 1) {
            throw new IllegalArgumentException("encounter limits must be positive");
        }
    }

    /** @throws EncounterFullException when the encounter already holds {@code held} of its notes */
    public void requireRoomForNote(long held) {
        if (held >= notesPerEncounter) {
            throw new EncounterFullException("notes and amendments", notesPerEncounter);
        }
    }

    /** @throws EncounterFullException when the encounter already holds {@code held} attachments */
    public void requireRoomForAttachment(long held) {
        if (held >= attachmentsPerEncounter) {
            throw new EncounterFullException("attachments", attachmentsPerEncounter);
        }
    }
}
