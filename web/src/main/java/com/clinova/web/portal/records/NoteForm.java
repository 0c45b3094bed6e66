package com.clinova.web.portal.records;

import com.clinova.records.api.NoteContent;
import java.io.Serializable;

/** The fields of the note editor (and the amendment form, which adds a reason). */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String chiefComplaint;
    private String findings;
    private String diagnosis;
    private String diagnosisCode;
    private String procedures;
    private String plan;
    private String text;
    private String reason;

    static NoteForm of(NoteContent c) {
        NoteForm form = new NoteForm();
        form.chiefComplaint = c.chiefComplaint();
        form.findings = c.findings();
        form.diagnosis = c.diagnosis();
        form.diagnosisCode = c.diagnosisCode();
        form.procedures = c.procedures();
        form.plan = c.plan();
        form.text = c.text();
        return form;
    }

    NoteContent toContent() {
        return new NoteContent(chiefComplaint, findings, diagnosis, diagnosisCode, procedures, plan, text);
    }

    public String getChiefComplaint() {
        return chiefComplaint;
    }

    public void setChiefComplaint(String v) {
        chiefComplaint = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        findings = v;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public void setDiagnosis(String v) {
        diagnosis = v;
    }

    public String getDiagnosisCode() {
        return diagnosisCode;
    }

    public void setDiagnosisCode(String v) {
        diagnosisCode = v;
    }

    public String getProcedures() {
        return procedures;
    }

    public void setProcedures(String v) {
        procedures = v;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String v) {
        plan = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }
}
