package com.clinova.records.application;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.records.domain.Attachment;
import com.clinova.records.domain.Encounter;
import com.clinova.records.domain.TreatmentNote;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Every read and write of a record is an access to its patient's data, recorded in the clinic's
 * audit trail in the use case's own transaction. Each use case calls exactly one of these, as its
 * last step (the trail holds the clinic's chain lock until commit).
 */
@ApplicationScoped
public class RecordsAccess {

    @EJB
    AuditTrail trail;

    void encounter(AuditAction action, Encounter encounter) {
        trail.record(PatientDataAccess.of(
                action, AuditedObjects.ENCOUNTER, encounter.id().value(), encounter.patientId()));
    }

    /** A list of a patient's encounters: a search naming the patient when it returned any. */
    void encounters(List<UUID> patientsReturned) {
        trail.record(PatientDataAccess.search(AuditedObjects.ENCOUNTER, patientsReturned));
    }

    void note(AuditAction action, TreatmentNote note, Encounter encounter) {
        trail.record(PatientDataAccess.of(
                action, AuditedObjects.CLINICAL_NOTE, note.id().value(), encounter.patientId()));
    }

    /** The notes of an encounter, listed: a search naming the encounter's patient. */
    void notes(Encounter encounter) {
        trail.record(PatientDataAccess.search(AuditedObjects.CLINICAL_NOTE, List.of(encounter.patientId())));
    }

    void attachment(AuditAction action, Attachment attachment, Encounter encounter) {
        trail.record(PatientDataAccess.of(
                action, AuditedObjects.ATTACHMENT, attachment.id().value(), encounter.patientId()));
    }

    void attachments(Encounter encounter) {
        trail.record(PatientDataAccess.search(AuditedObjects.ATTACHMENT, List.of(encounter.patientId())));
    }
}
