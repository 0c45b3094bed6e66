package com.clinova.scheduling.application;

import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientService;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import com.clinova.scheduling.domain.PracticeFacts;
import com.clinova.scheduling.domain.WorkingTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what the booking rules need to know about a request's ids from the practice and patient
 * contexts (their api only), in the caller's clinic: another clinic's id is simply unknown.
 */
@ApplicationScoped
public class PracticeFactsLoader {

    /** Exceptions are fetched this far around a requested time: enough for any appointment's day. */
    private static final Duration AROUND = Duration.ofDays(2);

    @EJB
    PracticeCatalog catalog;

    @EJB
    PatientService patients;

    /** The facts about these ids (each may be null); {@code around} places the working time and exceptions. */
    PracticeFacts load(UUID service, UUID practitioner, UUID location, UUID room, UUID patient, Instant around) {
        Optional<ServiceView> serviceView = find(service, catalog::service);
        List<RoomView> serviceRooms = serviceView.stream()
                .flatMap(s -> s.roomIds().stream())
                .map(catalog::room)
                .flatMap(Optional::stream)
                .toList();
        boolean patientExists = patient != null && patients.exists(new PatientId(patient));
        return new PracticeFacts(
                serviceView,
                find(practitioner, catalog::practitioner),
                find(location, catalog::location),
                find(room, catalog::room),
                serviceRooms,
                patientExists,
                workingTime(practitioner == null ? List.of() : List.of(practitioner), around));
    }

    /** The service of a stored appointment (which the database guarantees exists). */
    ServiceView service(UUID service) {
        return catalog.service(service)
                .orElseThrow(() -> new IllegalStateException("Service " + service + " of an appointment is gone"));
    }

    /** Working hours of the practitioners at active locations, and the exceptions around {@code around}. */
    WorkingTime workingTime(Collection<UUID> practitioners, Instant around) {
        return workingTime(
                practitioners,
                around == null ? null : around.minus(AROUND),
                around == null ? null : around.plus(AROUND));
    }

    WorkingTime workingTime(Collection<UUID> practitioners, Instant from, Instant to) {
        List<WorkingHoursView> hours = practitioners.isEmpty() ? List.of() : catalog.workingHours(practitioners);
        Map<UUID, LocationView> locations = hours.stream()
                .map(WorkingHoursView::locationId)
                .distinct()
                .map(catalog::location)
                .flatMap(Optional::stream)
                .filter(LocationView::active)
                .collect(Collectors.toMap(LocationView::id, Function.identity()));
        return new WorkingTime(hours, locations, from == null ? List.of() : catalog.exceptions(from, to));
    }

    private static <T> Optional<T> find(UUID id, Function<UUID, Optional<T>> lookup) {
        return id == null ? Optional.empty() : lookup.apply(id);
    }
}
