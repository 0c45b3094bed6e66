package com.clinova.web.portal.scheduling;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import com.clinova.scheduling.api.AppointmentKey;
import com.clinova.scheduling.api.AppointmentPage;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.scheduling.api.FreeSlot;
import com.clinova.web.portal.PortalMessages;
import com.clinova.web.portal.scheduling.CalendarGrid.Column;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/** What a calendar shows: the appointments of its days, the working hours, and free slots to book. */
@RequestScoped
public class CalendarContents {

    /** Cancelled appointments and expired holds free their time; the calendar leaves them out. */
    private static final Set<AppointmentStatus> SHOWN = EnumSet.of(
            AppointmentStatus.HELD,
            AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN,
            AppointmentStatus.COMPLETED,
            AppointmentStatus.NO_SHOW);

    private static final LocalTime EARLIEST = LocalTime.of(8, 0);
    private static final LocalTime LATEST = LocalTime.of(20, 0);
    private static final int MAX_PAGES = 10;

    @Inject
    PortalScheduling scheduling;

    @Inject
    PracticeDirectory practice;

    /** Whose calendar (a practitioner, or a location), in which zone, on which days. */
    record Scope(Optional<UUID> practitioner, Optional<UUID> location, ZoneId zone, List<LocalDate> days) {

        Instant from() {
            return CalendarView.startOf(days.get(0), zone);
        }

        Instant to() {
            return CalendarView.startOf(days.get(days.size() - 1).plusDays(1), zone);
        }
    }

    List<AppointmentView> appointments(Scope scope) {
        List<AppointmentView> all = new ArrayList<>();
        Optional<AppointmentKey> after = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            AppointmentPage found = scheduling.calendar(new CalendarQuery(
                    scope.practitioner(),
                    scope.location(),
                    Optional.empty(),
                    scope.from(),
                    scope.to(),
                    SHOWN,
                    CalendarQuery.MAX_LIMIT,
                    after));
            all.addAll(found.items());
            after = found.next();
            if (after.isEmpty()) {
                break;
            }
        }
        return all;
    }

    /** The hours of the practitioner (every location), or of everyone at the location. */
    List<WorkingHoursView> hours(Scope scope) {
        if (scope.practitioner().isPresent()) {
            return scheduling.workingHours(List.of(scope.practitioner().get()));
        }
        List<UUID> everyone = practice.activePractitioners().stream()
                .map(PractitionerView::id)
                .toList();
        return everyone.isEmpty()
                ? List.of()
                : scheduling.workingHours(everyone).stream()
                        .filter(h -> h.locationId().equals(scope.location().orElseThrow()))
                        .toList();
    }

    CalendarGrid grid(
            Scope scope,
            List<Column> columns,
            List<AppointmentView> appointments,
            List<WorkingHoursView> hours,
            Optional<ServiceView> service) {
        CalendarGrid grid = new CalendarGrid(
                scope.zone(),
                columns,
                first(scope, appointments, hours),
                last(scope, appointments, hours),
                CalendarView.ROW);
        Map<UUID, String> names = patientNames(appointments);
        for (AppointmentView a : appointments) {
            String label = names.getOrDefault(a.patientId(), "") + " · " + practice.serviceName(a.serviceId())
                    + (withPractitioner(scope) ? " · " + practice.practitionerName(a.practitionerId()) : "");
            String status =
                    PortalMessages.text("appointment.status." + a.status().code());
            grid.place(new CalendarGrid.Booked(
                    a.id().toString(),
                    a.practitionerId(),
                    a.start(),
                    a.end(),
                    label,
                    status,
                    a.status().code()));
        }
        if (service.isPresent() && mayBook()) {
            offerSlots(scope, service.get(), grid);
        }
        return grid;
    }

    /** Only a location's week puts several practitioners in one column; elsewhere the column names them. */
    private static boolean withPractitioner(Scope scope) {
        return scope.practitioner().isEmpty() && scope.days().size() > 1;
    }

    private void offerSlots(Scope scope, ServiceView service, CalendarGrid grid) {
        AvailabilityQuery query = new AvailabilityQuery(
                service.id(),
                scope.practitioner(),
                scope.location(),
                scope.days().get(0),
                scope.days().get(scope.days().size() - 1),
                AvailabilityQuery.MAX_LIMIT);
        for (FreeSlot slot : scheduling.freeSlots(query).slots()) {
            String time = Times.time(slot.start(), scope.zone());
            String label = PortalMessages.text(
                    "calendar.slot.book", time, service.name(), practice.practitionerName(slot.practitionerId()));
            grid.offer(
                    slot.start(),
                    new CalendarGrid.Slot(
                            slot.start().toString(),
                            time,
                            slot.practitionerId(),
                            slot.locationId(),
                            slot.roomId(),
                            label));
        }
    }

    /** Whether the column's practitioner (or anyone, for a column of the whole location) works then. */
    BiPredicate<Column, Instant> works(Scope scope, List<WorkingHoursView> hours) {
        return (column, instant) -> hours.stream()
                .filter(h ->
                        column.practitionerId() == null || h.practitionerId().equals(column.practitionerId()))
                .anyMatch(h -> {
                    var local = instant.atZone(practice.zoneOf(h.locationId()));
                    LocalTime time = local.toLocalTime();
                    return local.getDayOfWeek() == h.day() && !time.isBefore(h.start()) && time.isBefore(h.end());
                });
    }

    boolean mayBook() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(CLINIC_ADMIN) || external.isUserInRole(FRONT_DESK);
    }

    /** One read of every patient the calendar shows (audited as one access naming them all). */
    private Map<UUID, String> patientNames(List<AppointmentView> appointments) {
        List<PatientId> ids = appointments.stream()
                .map(a -> new PatientId(a.patientId()))
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return scheduling.patients(ids).stream()
                .collect(Collectors.toMap(p -> p.id().value(), CalendarContents::nameOf, (a, b) -> a));
    }

    static String nameOf(PatientView patient) {
        PatientDetails d = patient.details();
        return d.familyName() + ", " + d.givenName();
    }

    /** The first row: 08:00, or earlier when someone works or is booked earlier. */
    private static LocalTime first(Scope scope, List<AppointmentView> appointments, List<WorkingHoursView> hours) {
        LocalTime first = EARLIEST;
        for (WorkingHoursView h : hours) {
            first = h.start().isBefore(first) ? h.start() : first;
        }
        for (AppointmentView a : appointments) {
            LocalTime start = a.start().atZone(scope.zone()).toLocalTime();
            first = start.isBefore(first) ? start : first;
        }
        return first.withMinute(0);
    }

    /** The end of the last row: 20:00, or later when someone works or is booked later. */
    private static LocalTime last(Scope scope, List<AppointmentView> appointments, List<WorkingHoursView> hours) {
        LocalTime last = LATEST;
        for (WorkingHoursView h : hours) {
            last = h.end().isAfter(last) ? h.end() : last;
        }
        for (AppointmentView a : appointments) {
            LocalTime end = a.end().atZone(scope.zone()).toLocalTime();
            boolean sameDay = a.end()
                    .atZone(scope.zone())
                    .toLocalDate()
                    .equals(a.start().atZone(scope.zone()).toLocalDate());
            last = sameDay && end.isAfter(last) ? end : last;
        }
        if (last.getMinute() == 0) {
            return last;
        }
        return last.getHour() == 23 ? LocalTime.MAX : last.withMinute(0).plusHours(1);
    }
}
