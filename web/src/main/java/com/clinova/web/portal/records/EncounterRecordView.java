package com.clinova.web.portal.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.patients.api.PatientView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.AppointmentNotStartedException;
import com.clinova.records.api.AttachmentView;
import com.clinova.records.api.EncounterExistsException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterView;
import com.clinova.records.api.NoteView;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The encounter page ({@code encounter.xhtml?id=…}), also reached from an appointment ({@code
 * encounter.xhtml?appointment=…}): shows the appointment's encounter, or lets a practitioner open
 * it. Notes and attachments are read fresh after every change, so the page always shows what is
 * stored (a signed note as read-only, a new amendment under its note).
 */
@Named("encounterPage")
@ViewScoped
public class EncounterRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalRecords records;

    private String id;
    private String appointment;
    private UUID appointmentId;
    private EncounterView encounter;
    private String patientName;
    private List<NoteView> notes = List.of();
    private List<AttachmentView> attachments = List.of();
    private boolean notFound;

    /** Reads the encounter named by {@code id}, or the one of {@code appointment}. */
    public void load() {
        if (!isClinical()) {
            // The page says records are restricted; the records context would refuse the read anyway.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<EncounterView> found = Optional.empty();
        if (id != null && !id.isBlank()) {
            found = EncounterId.parse(id).flatMap(records.encounters()::find);
        } else if (appointment != null && !appointment.isBlank()) {
            appointmentId = uuid(appointment);
            found = appointmentId == null
                    ? Optional.empty()
                    : records.encounters().ofAppointment(appointmentId);
            if (found.isEmpty() && appointmentId != null) {
                return; // the page offers to open the appointment's encounter
            }
        }
        if (found.isEmpty()) {
            notFound(); // same answer for a malformed id, an unknown one and another clinic's
            return;
        }
        show(found.get());
    }

    /** Opens the appointment's encounter (practitioners; the records context checks the visit). */
    public String open() {
        try {
            show(records.encounters().open(appointmentId));
            return redirectToEncounter();
        } catch (EncounterExistsException e) {
            records.encounters().ofAppointment(appointmentId).ifPresent(this::show);
            return encounter == null ? null : redirectToEncounter();
        } catch (AppointmentNotStartedException e) {
            PortalMessages.error(null, "records.encounter.notStarted");
        } catch (RuleViolationException e) {
            notFound();
        }
        return null;
    }

    private String redirectToEncounter() {
        return "/app/encounter.xhtml?faces-redirect=true&id=" + encounter.id();
    }

    /** Reads the encounter's notes and attachments again, after a change or to discard edits. */
    void refresh() {
        notes = records.notes().ofEncounter(encounter.id());
        // A plan without attachments shows none (the page hides their section), rather than failing.
        attachments = records.attachmentsOn() ? records.attachments().ofEncounter(encounter.id()) : List.of();
    }

    private void show(EncounterView view) {
        encounter = view;
        id = view.id().toString();
        patientName = records.patient(view.patientId())
                .map(EncounterRecordView::nameOf)
                .orElse("");
        refresh();
    }

    private static String nameOf(PatientView patient) {
        return patient.details().givenName() + " " + patient.details().familyName();
    }

    private void notFound() {
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    private static boolean isClinical() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(PRACTITIONER) || external.isUserInRole(CLINIC_ADMIN);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isOpenable() {
        return encounter == null && !notFound && appointmentId != null;
    }

    public EncounterView getEncounter() {
        return encounter;
    }

    public String getPatientName() {
        return patientName;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAppointment() {
        return appointment;
    }

    public void setAppointment(String appointment) {
        this.appointment = appointment;
    }
}
