package com.clinova.billing.application;

import com.clinova.billing.api.AppointmentNotBillableException;
import com.clinova.billing.api.AppointmentNotBillableException.Reason;
import com.clinova.billing.api.BillableAppointment;
import com.clinova.billing.domain.InvoiceRepository;
import com.clinova.billing.domain.LineDraft;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.ServiceView;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentKey;
import com.clinova.scheduling.api.AppointmentPage;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.CalendarQuery;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns completed appointments into invoice lines, asking scheduling for the appointments (its
 * reads are audited there) and practice for the service's name and price. Whether an appointment
 * is already billed is billing's own knowledge; the database has the last word on it.
 */
@ApplicationScoped
public class AppointmentLines {

    /** A visit rarely has more; a long list is a client bug, not a bill. */
    static final int MAX_APPOINTMENTS = 50;

    /** The longest range of billable appointments asked for at once: about two months. */
    static final Duration MAX_RANGE = Duration.ofDays(62);

    @EJB
    AppointmentService appointments;

    @EJB
    PracticeCatalog catalog;

    @Inject
    InvoiceRepository invoices;

    /**
     * One line per appointment, in the order given.
     *
     * @throws RuleViolationException naming each id that is no appointment of this patient
     * @throws AppointmentNotBillableException for the first appointment not completed or billed
     */
    List<LineDraft> linesFor(UUID patientId, List<UUID> ids, String currency, ZoneId zone) {
        List<AppointmentView> found = appointmentsOf(patientId, ids);
        for (AppointmentView appointment : found) {
            if (appointment.status() != AppointmentStatus.COMPLETED) {
                throw new AppointmentNotBillableException(
                        Reason.NOT_COMPLETED, appointment.id().value());
            }
        }
        Set<UUID> billed = invoices.billed(ids);
        if (!billed.isEmpty()) {
            UUID first = ids.stream().filter(billed::contains).findFirst().orElseThrow();
            throw new AppointmentNotBillableException(Reason.ALREADY_INVOICED, first);
        }
        Map<UUID, ServiceView> services = new HashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        List<LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            AppointmentView appointment = found.get(i);
            ServiceView service = services.computeIfAbsent(appointment.serviceId(), this::service);
            if (!service.currency().equals(currency)) {
                violations.add(new FieldViolation(
                        field(i),
                        "its service is priced in " + service.currency() + "; this clinic bills in " + currency));
            }
            lines.add(LineDraft.ofAppointment(
                    appointment.id().value(),
                    service.id(),
                    LocalDate.ofInstant(appointment.start(), zone),
                    service.name(),
                    service.price()));
        }
        throwIfAny(violations);
        return lines;
    }

    /**
     * The patient's completed appointments in the range that no invoice bills, oldest first.
     *
     * @throws RuleViolationException for a range that is empty or longer than {@link #MAX_RANGE}
     */
    List<BillableAppointment> billable(UUID patientId, Instant from, Instant to) {
        if (from == null
                || to == null
                || !from.isBefore(to)
                || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new RuleViolationException(
                    "to", "must be after from and at most " + MAX_RANGE.toDays() + " days later");
        }
        List<AppointmentView> completed = new ArrayList<>();
        // Scheduling answers at most 31 days at a time; a month of local days can be an hour longer (DST).
        for (Instant start = from; start.isBefore(to); start = start.plus(CalendarQuery.MAX_RANGE)) {
            Instant end = start.plus(CalendarQuery.MAX_RANGE).isBefore(to) ? start.plus(CalendarQuery.MAX_RANGE) : to;
            completed.addAll(completedIn(patientId, start, end));
        }
        Set<UUID> billed =
                invoices.billed(completed.stream().map(a -> a.id().value()).toList());
        Map<UUID, ServiceView> services = new HashMap<>();
        return completed.stream()
                .filter(a -> !billed.contains(a.id().value()))
                .map(a -> billable(a, services.computeIfAbsent(a.serviceId(), this::service)))
                .toList();
    }

    /** Every completed appointment of the patient starting in [from, to): one calendar search per page. */
    private List<AppointmentView> completedIn(UUID patientId, Instant from, Instant to) {
        List<AppointmentView> completed = new ArrayList<>();
        Optional<AppointmentKey> after = Optional.empty();
        do {
            AppointmentPage page = appointments.calendar(new CalendarQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(patientId),
                    from,
                    to,
                    Set.of(AppointmentStatus.COMPLETED),
                    CalendarQuery.MAX_LIMIT,
                    after));
            // The calendar gives those overlapping the range; each appointment belongs to the chunk it starts in.
            page.items().stream().filter(a -> !a.start().isBefore(from)).forEach(completed::add);
            after = page.next();
        } while (after.isPresent());
        return completed;
    }

    private List<AppointmentView> appointmentsOf(UUID patientId, List<UUID> ids) {
        List<FieldViolation> violations = new ArrayList<>();
        if (ids.size() > MAX_APPOINTMENTS) {
            throw new RuleViolationException("appointmentIds", "at most " + MAX_APPOINTMENTS + " per invoice");
        }
        Set<UUID> seen = new HashSet<>();
        List<AppointmentView> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id == null || !seen.add(id)) {
                violations.add(new FieldViolation(field(i), id == null ? "is required" : "is listed twice"));
                continue;
            }
            Optional<AppointmentView> appointment = appointments
                    .find(new AppointmentId(id))
                    .filter(a -> a.patientId().equals(patientId));
            if (appointment.isPresent()) {
                found.add(appointment.get());
            } else {
                // Unknown, another clinic's or another patient's: the same answer for all three.
                violations.add(new FieldViolation(field(i), "is not an appointment of this patient"));
            }
        }
        throwIfAny(violations);
        return found;
    }

    private ServiceView service(UUID serviceId) {
        // The appointment's foreign key guarantees the service exists in this clinic.
        return catalog.service(serviceId)
                .orElseThrow(() -> new IllegalStateException("Service " + serviceId + " of an appointment is missing"));
    }

    private static BillableAppointment billable(AppointmentView appointment, ServiceView service) {
        return new BillableAppointment(
                appointment.id().value(),
                appointment.patientId(),
                appointment.practitionerId(),
                service.id(),
                service.name(),
                service.price(),
                service.currency(),
                appointment.start(),
                appointment.end());
    }

    private static String field(int index) {
        return "appointmentIds[" + index + "]";
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
