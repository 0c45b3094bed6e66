package com.clinova.web.portal.scheduling;

import com.clinova.platform.security.StaffRoles;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.web.portal.PortalMessages;
import com.clinova.web.portal.scheduling.CalendarGrid.Column;
import com.clinova.web.portal.scheduling.CalendarGrid.Row;
import com.clinova.web.security.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar page ({@code calendar.xhtml}): a day or a week of one practitioner or of one
 * location, chosen by query parameters so every view has its own address and previous, next and
 * today are plain links. Without parameters a practitioner sees their own calendar, everyone else
 * the first location's. With a service chosen, front desk also sees that service's free slots as
 * links that start a booking.
 */
@Named("calendar")
@RequestScoped
public class CalendarView {

    static final Duration ROW = Duration.ofMinutes(15);

    @Inject
    PortalScheduling scheduling;

    @Inject
    PracticeDirectory practice;

    @Inject
    CalendarContents contents;

    private String view = "day";
    private String location;
    private String practitioner;
    private String service;
    private String date;

    private ZoneId zone;
    private LocalDate day;
    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private String heading = "";

    /** Reads the parameters (falling back to the first location, today) and fills the grid. */
    public void open() {
        Optional<UUID> byPractitioner =
                Ids.parse(practitioner).filter(id -> practice.practitioner(id).isPresent());
        Optional<UUID> atLocation =
                Ids.parse(location).filter(id -> practice.location(id).isPresent());
        if (byPractitioner.isEmpty() && atLocation.isEmpty()) {
            byPractitioner = signedInPractitioner(); // a practitioner first sees their own calendar
        }
        if (byPractitioner.isEmpty() && atLocation.isEmpty()) {
            atLocation =
                    practice.activeLocations().stream().map(LocationView::id).findFirst();
        }
        if (byPractitioner.isEmpty() && atLocation.isEmpty()) {
            return; // nothing to show: no location, and no practitioner asked for
        }
        practitioner = byPractitioner.map(UUID::toString).orElse(null);
        location = byPractitioner.isPresent() ? null : atLocation.get().toString();
        zone = byPractitioner.map(this::zoneOfPractitioner).orElseGet(() -> practice.zoneOf(UUID.fromString(location)));
        day = Ids.date(date).orElseGet(() -> LocalDate.now(zone));
        date = day.toString();
        if (!"week".equals(view)) {
            view = "day";
        }
        fill(byPractitioner, atLocation);
    }

    private void fill(Optional<UUID> byPractitioner, Optional<UUID> atLocation) {
        List<LocalDate> days = days();
        CalendarContents.Scope scope = new CalendarContents.Scope(
                byPractitioner, byPractitioner.isPresent() ? Optional.empty() : atLocation, zone, days);
        List<AppointmentView> appointments = contents.appointments(scope);
        List<WorkingHoursView> hours = contents.hours(scope);
        columns = columns(scope, appointments, hours);
        CalendarGrid grid = contents.grid(scope, columns, appointments, hours, chosenService());
        rows = grid.rows(contents.works(scope, hours));
        heading = byPractitioner.isPresent()
                ? PortalMessages.text("calendar.heading.practitioner", practice.practitionerName(byPractitioner.get()))
                : PortalMessages.text("calendar.heading.location", practice.locationName(atLocation.get()));
    }

    private List<LocalDate> days() {
        if ("day".equals(view)) {
            return List.of(day);
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(monday.plusDays(i));
        }
        return week;
    }

    /** A column per day, except a location's day: a column per practitioner working or booked there. */
    private List<Column> columns(
            CalendarContents.Scope scope, List<AppointmentView> appointments, List<WorkingHoursView> hours) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (scope.practitioner().isPresent() || scope.days().size() > 1) {
            return scope.days().stream()
                    .map(d -> new Column(d, scope.practitioner().orElse(null), Times.date(d, locale)))
                    .toList();
        }
        List<Column> byPractitioner = new ArrayList<>();
        for (PractitionerView p : practice.activePractitioners()) {
            boolean works =
                    hours.stream().anyMatch(h -> h.practitionerId().equals(p.id()) && h.day() == day.getDayOfWeek());
            boolean booked =
                    appointments.stream().anyMatch(a -> a.practitionerId().equals(p.id()));
            if (works || booked) {
                byPractitioner.add(new Column(day, p.id(), p.displayName()));
            }
        }
        return byPractitioner.isEmpty() ? List.of(new Column(day, null, Times.date(day, locale))) : byPractitioner;
    }

    private Optional<UUID> signedInPractitioner() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return SignedInStaff.of(request)
                .filter(member -> member.roles().contains(StaffRoles.PRACTITIONER))
                .flatMap(member -> scheduling.practitionerOfUser(member.id()))
                .filter(PractitionerView::active)
                .map(PractitionerView::id);
    }

    private Optional<ServiceView> chosenService() {
        return Ids.parse(service).flatMap(practice::service).filter(ServiceView::active);
    }

    private ZoneId zoneOfPractitioner(UUID id) {
        return scheduling.workingHours(List.of(id)).stream()
                .map(h -> practice.zoneOf(h.locationId()))
                .findFirst()
                .orElseGet(() -> practice.activeLocations().stream()
                        .map(LocationView::timeZone)
                        .findFirst()
                        .orElse(java.time.ZoneOffset.UTC));
    }

    /** Shows the calendar chosen in the form; its address carries the choice. */
    public String show() {
        return "/app/calendar.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A clinic without any location has no calendar yet. Read from the practice, not from what
     * {@link #open} found, so a postback (which runs no view action) renders and decodes the same
     * form the page showed.
     */
    public boolean isNoLocation() {
        return practice.activeLocations().isEmpty()
                && practice.activePractitioners().isEmpty();
    }

    /** Whether {@link #open} found a calendar to show. */
    public boolean isShown() {
        return zone != null;
    }

    public String getHeading() {
        return heading;
    }

    public String getPeriod() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (day == null) {
            return "";
        }
        List<LocalDate> days = days();
        return days.size() == 1
                ? Times.date(day, locale)
                : PortalMessages.text(
                        "calendar.week", Times.date(days.get(0), locale), Times.date(days.get(6), locale));
    }

    public String getZoneName() {
        return zone == null ? "" : zone.getId();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getPrevious() {
        return day == null ? null : day.minusDays("week".equals(view) ? 7 : 1).toString();
    }

    public String getNext() {
        return day == null ? null : day.plusDays("week".equals(view) ? 7 : 1).toString();
    }

    public String getToday() {
        return zone == null ? null : LocalDate.now(zone).toString();
    }

    public List<LocationView> getLocations() {
        return practice.activeLocations();
    }

    public List<PractitionerView> getPractitioners() {
        return practice.activePractitioners();
    }

    public List<ServiceView> getServices() {
        return practice.activeServices();
    }

    public boolean isWeek() {
        return "week".equals(view);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(String practitioner) {
        this.practitioner = practitioner;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** Whether a slot can be booked from here: front desk and clinic admins book. */
    public boolean isMayBook() {
        return contents.mayBook();
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
    }
}
