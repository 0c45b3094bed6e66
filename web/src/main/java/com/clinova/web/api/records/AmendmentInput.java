package com.clinova.web.api.records;

import com.clinova.records.api.NoteContent;

/** An amendment as clients send it: why, and the corrected fields (at least one). */
public record AmendmentInput(
        String reason,
        String chiefComplaint,
        String findings,
        String diagnosis,
        String diagnosisCode,
        String procedures,
        String plan,
        String text) {

    NoteContent toContent() {
        return new NoteContent(chiefComplaint, findings, diagnosis, diagnosisCode, procedures, plan, text);
    }
}
