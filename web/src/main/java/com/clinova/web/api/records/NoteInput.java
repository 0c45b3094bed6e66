package com.clinova.web.api.records;

import com.clinova.records.api.NoteContent;

/** A note's content as clients send it (every field optional; at least one must say something). */
public record NoteInput(
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
