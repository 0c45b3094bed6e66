package com.clinova.web.portal.records;

import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import com.clinova.records.api.AttachmentService;
import com.clinova.records.api.EncounterService;
import com.clinova.records.api.TreatmentNoteService;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Feature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The records and patients contexts as the portal's view-scoped beans reach them. View state is
 * serialized into the shared session store; an application-scoped client proxy serializes as a
 * mere reference, which an EJB reference held directly by a view is not guaranteed to do.
 */
@ApplicationScoped
public class PortalRecords {

    @EJB
    EncounterService encounters;

    @EJB
    TreatmentNoteService notes;

    @EJB
    AttachmentService attachments;

    @EJB
    PatientService patients;

    @EJB
    AppointmentService appointments;

    @EJB
    Entitlements entitlements;

    /** Whether the clinic's plan includes attachments now (read afresh: a change shows at once). */
    boolean attachmentsOn() {
        return entitlements.isEnabled(Feature.RECORD_ATTACHMENTS);
    }

    EncounterService encounters() {
        return encounters;
    }

    TreatmentNoteService notes() {
        return notes;
    }

    AttachmentService attachments() {
        return attachments;
    }

    AppointmentService appointments() {
        return appointments;
    }

    Optional<PatientView> patient(UUID id) {
        return patients.find(new PatientId(id));
    }
}
