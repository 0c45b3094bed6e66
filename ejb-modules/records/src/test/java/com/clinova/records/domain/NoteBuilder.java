package com.clinova.records.domain;

import com.clinova.records.api.NoteContent;

/** Test data builder: the content of a valid dental note unless told otherwise. */
final class NoteBuilder {

    private String chiefComplaint = "Dolor al masticar en el lado izquierdo";
    private String findings = "Caries oclusal profunda en 36; percusión negativa";
    private String diagnosis = "Caries de dentina";
    private String diagnosisCode = "K02.1";
    private String procedures = "Obturación de composite en 36";
    private String plan = "Revisión en 6 meses";
    private String text = null;

    static NoteBuilder aNote() {
        return new NoteBuilder();
    }

    static NoteContent onlyText(String text) {
        return new NoteContent(null, null, null, null, null, null, text);
    }

    NoteBuilder chiefComplaint(String v) {
        chiefComplaint = v;
        return this;
    }

    NoteBuilder findings(String v) {
        findings = v;
        return this;
    }

    NoteBuilder diagnosis(String v) {
        diagnosis = v;
        return this;
    }

    NoteBuilder diagnosisCode(String v) {
        diagnosisCode = v;
        return this;
    }

    NoteBuilder procedures(String v) {
        procedures = v;
        return this;
    }

    NoteBuilder plan(String v) {
        plan = v;
        return this;
    }

    NoteBuilder text(String v) {
        text = v;
        return this;
    }

    NoteContent build() {
        return new NoteContent(chiefComplaint, findings, diagnosis, diagnosisCode, procedures, plan, text);
    }
}
