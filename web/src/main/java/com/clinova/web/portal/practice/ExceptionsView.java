package com.clinova.web.portal.practice;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.practice.api.ScheduleExceptionService;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.ScheduleExceptionView.Kind;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Holidays, closures and absences over a range of days (the next three months unless chosen),
 * and for admins the form that declares one and a delete button per row.
 */
@Named("practiceExceptions")
@ViewScoped
public class ExceptionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 90;

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private ZoneId zone;
    private LocalDate from;
    private LocalDate to;
    private List<ScheduleExceptionView> exceptions = List.of();
    private PracticeNames names;
    private ExceptionForm form = new ExceptionForm();

    public void open() {
        zone = practice.exceptions().clinicZone();
        from = LocalDate.now(zone);
        to = from.plusDays(DEFAULT_DAYS);
        names = new PracticeNames(practice.catalog());
        search();
    }

    public void search() {
        try {
            exceptions = practice.exceptions().between(from, to);
        } catch (RuleViolationException e) {
            PortalMessages.error("range:to", "practice.exceptions.range", ScheduleExceptionService.MAX_RANGE_DAYS);
        }
    }

    public void declare() {
        if (!access.allowed()) {
            return;
        }
        try {
            ScheduleExceptionView declared = practice.exceptions().declare(form.details());
            PortalMessages.info("practice.exception.saved");
            form = new ExceptionForm();
            if (!declared.end().isAfter(from.atStartOfDay(zone).toInstant())
                    || declared.start()
                            .isAfter(to.plusDays(1).atStartOfDay(zone).toInstant())) {
                PortalMessages.info("practice.exception.outsideRange");
            }
            search();
        } catch (DateTimeParseException e) {
            PortalMessages.error(null, "validation.time");
        } catch (RuleViolationException e) {
            PracticeViolations.show("new-exception", ExceptionForm.FIELDS, e.violations());
        }
    }

    public void delete(String id) {
        if (!access.allowed()) {
            return;
        }
        try {
            practice.exceptions()
                    .delete(PortalIds.parse(id).orElseThrow(() -> new ResourceNotFoundException("Exception", id)));
            PortalMessages.info("practice.exception.deleted");
        } catch (ResourceNotFoundException e) {
            PortalMessages.error(null, "practice.stale");
        }
        search();
    }

    /** Who or where the exception is about: the whole clinic, a location or a practitioner. */
    public String subjectOf(ScheduleExceptionView exception) {
        return switch (exception.kind()) {
            case HOLIDAY -> PortalMessages.text("practice.exception.wholeClinic");
            case CLOSURE -> names.name(exception.locationId());
            case ABSENCE -> names.name(exception.practitionerId());
        };
    }

    /** The period as the clinic reads it: whole days as dates, anything else with times. */
    public String periodOf(ScheduleExceptionView exception) {
        return ExceptionPeriodText.of(
                exception, zone, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Kind> getKinds() {
        return List.of(Kind.values());
    }

    public List<PracticeNames.Choice> getPractitioners() {
        return names.practitioners();
    }

    public List<PracticeNames.Choice> getLocations() {
        return names.locations();
    }

    public List<ScheduleExceptionView> getExceptions() {
        return exceptions;
    }

    public String getZone() {
        return zone.getId();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ExceptionForm getForm() {
        return form;
    }
}
