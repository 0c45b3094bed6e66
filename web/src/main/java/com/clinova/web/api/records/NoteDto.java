package com.clinova.web.api.records;

import com.clinova.records.api.NoteContent;
import com.clinova.records.api.NoteView;
import java.util.List;
import java.util.Locale;

/**
 * A note or amendment as the API shows it. {@code integrity} is {@code intact} or {@code altered}
 * for a signed entry (whether the stored content still matches its seal) and absent for a draft.
 */
public record NoteDto(
        String id,
        String encounterId,
        String amends,
        String amendmentReason,
        String authorId,
        String authorName,
        String status,
        String chiefComplaint,
        String findings,
        String diagnosis,
        String diagnosisCode,
        String procedures,
        String plan,
        String text,
        String signedAt,
        String contentHash,
        String integrity,
        long version,
        String createdAt,
        String updatedAt,
        List<NoteDto> amendments) {

    static NoteDto of(NoteView v) {
        NoteContent c = v.content();
        return new NoteDto(
                v.id().toString(),
                v.encounterId().toString(),
                v.amends() == null ? null : v.amends().toString(),
                v.amendmentReason(),
                v.authorId().toString(),
                v.authorName(),
                v.status().name().toLowerCase(Locale.ROOT),
                c.chiefComplaint(),
                c.findings(),
                c.diagnosis(),
                c.diagnosisCode(),
                c.procedures(),
                c.plan(),
                c.text(),
                v.signedAt() == null ? null : v.signedAt().toString(),
                v.contentHash(),
                v.isSigned() ? (v.intact() ? "intact" : "altered") : null,
                v.version(),
                v.createdAt().toString(),
                v.updatedAt().toString(),
                v.amendments().stream().map(NoteDto::of).toList());
    }
}
