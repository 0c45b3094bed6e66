package com.clinova.records.domain;

import com.clinova.records.api.NoteContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The content hash that seals a signed note: SHA-256 over a canonical text of everything the
 * signature vouches for — which note, in which clinic and encounter, what it amends and why, who
 * signed when, and every field. Each value is written with its length (absent values as {@code
 * -}), so no two different notes share a canonical text. Recomputing it on read shows whether the
 * stored row still says what was signed.
 */
final class NoteSeal {

    /** Bump when the canonical text changes; old seals keep verifying against their version. */
    private static final String FORMAT = "clinova-note-seal-v1";

    private final StringBuilder canonical = new StringBuilder(FORMAT).append('\n');

    private NoteSeal() {}

    record Signed(
            UUID noteId,
            UUID tenantId,
            UUID encounterId,
            UUID amends,
            String amendmentReason,
            UUID signedBy,
            String signerName,
            Instant signedAt,
            NoteContent content) {}

    static String of(Signed note) {
        NoteSeal seal = new NoteSeal();
        seal.add("note", note.noteId())
                .add("tenant", note.tenantId())
                .add("encounter", note.encounterId())
                .add("amends", note.amends())
                .add("reason", note.amendmentReason())
                .add("signedBy", note.signedBy())
                .add("signerName", note.signerName())
                .add("signedAt", note.signedAt());
        NoteContent c = note.content();
        seal.add("chiefComplaint", c.chiefComplaint())
                .add("findings", c.findings())
                .add("diagnosis", c.diagnosis())
                .add("diagnosisCode", c.diagnosisCode())
                .add("procedures", c.procedures())
                .add("plan", c.plan())
                .add("text", c.text());
        return Digests.sha256Hex(seal.canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private NoteSeal add(String name, Object value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            String text = value.toString();
            canonical.append(text.length()).append(':').append(text);
        }
        canonical.append('\n');
        return this;
    }
}
