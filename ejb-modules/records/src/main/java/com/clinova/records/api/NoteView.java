package com.clinova.records.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A treatment note or an amendment as read. An amendment names the note it {@code amends} and
 * its {@code amendmentReason}; a note lists its {@code amendments}, oldest first. For a signed
 * entry {@code contentHash} is the seal computed at signing and {@code intact} says whether the
 * stored content still matches it; a draft has neither (and is intact by definition).
 */
public record NoteView(
        NoteId id,
        EncounterId encounterId,
        NoteId amends,
        String amendmentReason,
        UUID authorId,
        String authorName,
        NoteStatus status,
        NoteContent content,
        Instant signedAt,
        String contentHash,
        boolean intact,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<NoteView> amendments)
        implements Serializable {

    public NoteView {
        amendments = List.copyOf(amendments);
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    public boolean isAmendment() {
        return amends != null;
    }
}
