package com.clinova.records.api;

import java.io.Serializable;
import java.util.stream.Stream;

/**
 * What a clinician writes about a visit, in the order of a SOAP-style note: the patient's {@code
 * chiefComplaint} (why they came, in their words), the clinician's {@code findings} (examination,
 * tests), the {@code diagnosis} with an optional {@code diagnosisCode} (e.g. ICD-10 {@code K02.1}),
 * the {@code procedures} performed in this visit, the {@code plan} (treatment to come, follow-up,
 * advice) and free {@code text} for anything else. Every field is optional; a note needs one.
 */
public record NoteContent(
        String chiefComplaint,
        String findings,
        String diagnosis,
        String diagnosisCode,
        String procedures,
        String plan,
        String text)
        implements Serializable {

    public static final NoteContent EMPTY = new NoteContent(null, null, null, null, null, null, null);

    /** True when no field holds anything but white space. */
    public boolean isEmpty() {
        return Stream.of(chiefComplaint, findings, diagnosis, diagnosisCode, procedures, plan, text)
                .allMatch(v -> v == null || v.isBlank());
    }
}
