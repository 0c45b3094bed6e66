package com.clinova.web.portal.scheduling;

import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientView;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentStateException;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking an appointment ({@code book.xhtml}): a patient and a free time are chosen in either
 * order (the calendar brings the time, the patient page brings the patient), the time is held
 * for a few minutes, then confirmed. Only the hold claims the time; a time taken meanwhile is
 * refused by the scheduling context and the page says by whom it is taken.
 */
@Named("booking")
@ViewScoped
public class BookingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PATIENTS_SHOWN = 10;

    @Inject
    PortalScheduling scheduling;

    @Inject
    PracticeDirectory practice;

    @Inject
    SlotSearch slotSearch;

    private String patient;
    private String service;
    private String practitioner;
    private String location;
    private String room;
    private String start;

    private BookingSlot slot;
    private PatientChoice chosenPatient;
    private String patientQuery;
    private final List<PatientChoice> patientChoices = new ArrayList<>();
    private String notes;
    private UUID heldId;
    private long heldVersion;
    private Instant holdExpiresAt;

    /** A patient of this clinic, as the page lists and shows them. */
    public record PatientChoice(UUID id, String name, String detail) implements Serializable {}

    /** Takes the patient and/or the time the page was opened with. */
    public void open() {
        Ids.parse(patient).flatMap(id -> scheduling.patient(new PatientId(id))).ifPresent(this::choose);
        Optional<UUID> serviceId = Ids.parse(service);
        Optional<UUID> practitionerId = Ids.parse(practitioner);
        Optional<UUID> locationId = Ids.parse(location);
        Optional<Instant> at = instant(start);
        if (serviceId.isPresent() && practitionerId.isPresent() && locationId.isPresent() && at.isPresent()) {
            slot = new BookingSlot(
                    serviceId.get(),
                    practitionerId.get(),
                    locationId.get(),
                    Ids.parse(room).orElse(null),
                    at.get());
        }
        slotSearch.prefill(serviceId, practitionerId, locationId);
    }

    public void searchPatients() {
        patientChoices.clear();
        try {
            PatientQuery query = new PatientQuery(
                    Optional.ofNullable(patientQuery).filter(q -> !q.isBlank()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    PATIENTS_SHOWN,
                    Optional.empty());
            scheduling.searchPatients(query).items().forEach(p -> patientChoices.add(choiceOf(p)));
        } catch (RuleViolationException e) {
            PortalMessages.error("patient-search:query", "validation.controlCharacters");
        }
        if (patientChoices.isEmpty()) {
            PortalMessages.info("booking.patients.none");
        }
    }

    public void choosePatient(PatientChoice choice) {
        chosenPatient = choice;
        patientChoices.clear();
    }

    public void changePatient() {
        chosenPatient = null;
    }

    public void chooseSlot(BookingSlot chosen) {
        slot = chosen;
    }

    public void changeSlot() {
        slot = null;
    }

    /** Holds the chosen time for the chosen patient. */
    public void hold() {
        if (chosenPatient == null || slot == null) {
            return;
        }
        try {
            AppointmentView held = scheduling.book(new BookingRequest(
                    chosenPatient.id(),
                    slot.serviceId(),
                    slot.practitionerId(),
                    slot.locationId(),
                    slot.roomId(),
                    slot.start(),
                    notes,
                    true));
            heldId = held.id().value();
            heldVersion = held.version();
            holdExpiresAt = held.holdExpiresAt();
        } catch (AppointmentConflictException e) {
            PortalMessages.error(null, "booking.taken." + e.resource().code());
            slot = null;
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> PortalMessages.error(null, BookingMessages.keyOf(v.field())));
        } catch (NotPermittedException e) {
            PortalMessages.error(null, "booking.notAllowed");
        }
    }

    /** Turns the hold into a booking and opens the appointment. */
    public String confirm() {
        if (heldId == null) {
            return null;
        }
        try {
            AppointmentView booked = scheduling.confirm(new AppointmentId(heldId), heldVersion);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PortalMessages.info("booking.confirmed");
            return "/app/appointment.xhtml?faces-redirect=true&id=" + booked.id();
        } catch (AppointmentStateException | StaleVersionException e) {
            PortalMessages.error(null, "booking.holdExpired");
            heldId = null;
            slot = null;
        }
        return null;
    }

    /** Gives the held time back at once instead of letting the hold run out. */
    public void release() {
        if (heldId == null) {
            return;
        }
        try {
            scheduling.cancel(new AppointmentId(heldId), heldVersion, PortalMessages.text("booking.release.reason"));
        } catch (AppointmentStateException | StaleVersionException e) {
            // it expired or changed meanwhile: the time is not held by this page any more either way
        }
        heldId = null;
        PortalMessages.info("booking.released");
    }

    private void choose(PatientView view) {
        chosenPatient = choiceOf(view);
    }

    private static PatientChoice choiceOf(PatientView view) {
        String detail = view.details().dateOfBirth() == null
                ? ""
                : view.details().dateOfBirth().toString();
        return new PatientChoice(view.id().value(), CalendarContents.nameOf(view), detail);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String getSlotText() {
        return slot == null ? "" : BookingMessages.describe(slot, practice);
    }

    public String getHoldUntil() {
        return holdExpiresAt == null || slot == null
                ? ""
                : Times.time(holdExpiresAt, practice.zoneOf(slot.locationId()));
    }

    public boolean isHeld() {
        return heldId != null;
    }

    public BookingSlot getSlot() {
        return slot;
    }

    public PatientChoice getChosenPatient() {
        return chosenPatient;
    }

    public List<PatientChoice> getPatientChoices() {
        return patientChoices;
    }

    public SlotSearch getSlotSearch() {
        return slotSearch;
    }

    public String getPatientQuery() {
        return patientQuery;
    }

    public void setPatientQuery(String patientQuery) {
        this.patientQuery = patientQuery;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(String practitioner) {
        this.practitioner = practitioner;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }
}
