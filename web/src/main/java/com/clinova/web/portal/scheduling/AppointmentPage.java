package com.clinova.web.portal.scheduling;

import com.clinova.patients.api.PatientId;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.scheduling.api.AppointmentAction;
import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentNotFoundException;
import com.clinova.scheduling.api.AppointmentStateException;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.Rescheduling;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An appointment's page ({@code appointment.xhtml?id=…}): what, who, when and where, and the
 * changes the signed-in staff member may make now — exactly the actions the scheduling context
 * lists for them, so no button is shown that would be refused. Each change names the version the
 * page showed; a change made meanwhile by someone else is reported, not overwritten.
 */
@Named("appointmentPage")
@ViewScoped
public class AppointmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalScheduling scheduling;

    @Inject
    PracticeDirectory practice;

    private String id;
    private AppointmentView appointment;
    private String patientName = "";
    private boolean notFound;
    private boolean stale;
    private String cancelReason;
    private LocalDate newDate;
    private String newTime;

    public void open() {
        Optional<AppointmentView> found = Ids.parse(id).map(AppointmentId::new).flatMap(scheduling::appointment);
        if (found.isEmpty()) {
            // Same answer for a malformed id, an unknown one and another clinic's.
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
    }

    public void confirm() {
        change(() -> scheduling.confirm(appointment.id(), appointment.version()), "appointment.confirmed");
    }

    public void checkIn() {
        change(() -> scheduling.checkIn(appointment.id(), appointment.version()), "appointment.checkedIn");
    }

    public void complete() {
        change(() -> scheduling.complete(appointment.id(), appointment.version()), "appointment.completed");
    }

    public void noShow() {
        change(() -> scheduling.markNoShow(appointment.id(), appointment.version()), "appointment.noShowMarked");
    }

    public void cancel() {
        change(() -> scheduling.cancel(appointment.id(), appointment.version(), cancelReason), "appointment.cancelled");
    }

    public void reschedule() {
        ZoneId zone = practice.zoneOf(appointment.locationId());
        LocalTime time;
        try {
            time = LocalTime.parse(newTime == null ? "" : newTime.trim());
        } catch (java.time.format.DateTimeParseException e) {
            PortalMessages.error("reschedule:time", "appointment.reschedule.time");
            return;
        }
        if (newDate == null) {
            PortalMessages.error("reschedule:date", "validation.date");
            return;
        }
        Rescheduling to = new Rescheduling(newDate.atTime(time).atZone(zone).toInstant(), null, null, null);
        change(() -> scheduling.reschedule(appointment.id(), appointment.version(), to), "appointment.rescheduled");
    }

    /** Discards what this page showed and shows the appointment as it is now. */
    public void reload() {
        stale = false;
        scheduling.appointment(appointment.id()).ifPresentOrElse(this::show, () -> notFound = true);
    }

    private void change(Supplier<AppointmentView> action, String done) {
        try {
            show(action.get());
            cancelReason = null;
            PortalMessages.info(done);
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "appointment.stale");
        } catch (AppointmentStateException e) {
            PortalMessages.error(null, "appointment.notNow");
            reload();
        } catch (AppointmentConflictException e) {
            PortalMessages.error(null, "booking.taken." + e.resource().code());
        } catch (RuleViolationException e) {
            e.violations()
                    .forEach(v -> PortalMessages.error(
                            v.field().equals("reason") ? "cancel:reason" : null,
                            v.field().equals("reason")
                                    ? "appointment.cancel.reasonRequired"
                                    : BookingMessages.keyOf(v.field())));
        } catch (NotPermittedException e) {
            PortalMessages.error(null, "appointment.notAllowed");
        } catch (AppointmentNotFoundException e) {
            notFound = true;
        }
    }

    private void show(AppointmentView view) {
        appointment = view;
        patientName = scheduling
                .patient(new PatientId(view.patientId()))
                .map(CalendarContents::nameOf)
                .orElse("");
        ZoneId zone = practice.zoneOf(view.locationId());
        newDate = view.start().atZone(zone).toLocalDate();
        newTime = Times.time(view.start(), zone);
    }

    public boolean may(String action) {
        return appointment != null && appointment.allows(AppointmentAction.valueOf(action));
    }

    public boolean isAnyAction() {
        return appointment != null && !appointment.actions().isEmpty();
    }

    public String getWhen() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ZoneId zone = practice.zoneOf(appointment.locationId());
        return Times.dateTime(appointment.start(), zone, locale) + " – " + Times.time(appointment.end(), zone);
    }

    public String getHoldUntil() {
        return appointment.holdExpiresAt() == null
                ? ""
                : Times.time(appointment.holdExpiresAt(), practice.zoneOf(appointment.locationId()));
    }

    public String getStatusText() {
        return PortalMessages.text("appointment.status." + appointment.status().code());
    }

    public String getPractitionerName() {
        return practice.practitionerName(appointment.practitionerId());
    }

    public String getServiceName() {
        return practice.serviceName(appointment.serviceId());
    }

    public String getWhere() {
        String room = practice.roomName(appointment.roomId());
        return practice.locationName(appointment.locationId()) + (room.isEmpty() ? "" : " (" + room + ")");
    }

    public AppointmentView getAppointment() {
        return appointment;
    }

    public String getPatientName() {
        return patientName;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getNewTime() {
        return newTime;
    }

    public void setNewTime(String newTime) {
        this.newTime = newTime;
    }
}
