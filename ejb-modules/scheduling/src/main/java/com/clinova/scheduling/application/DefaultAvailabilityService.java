package com.clinova.scheduling.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import com.clinova.scheduling.api.Availability;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.scheduling.api.AvailabilityService;
import com.clinova.scheduling.domain.AppointmentRepository;
import com.clinova.scheduling.domain.BookingRules;
import com.clinova.scheduling.domain.BusyTimes;
import com.clinova.scheduling.domain.Period;
import com.clinova.scheduling.domain.SlotFinder;
import com.clinova.scheduling.domain.SlotSearch;
import com.clinova.scheduling.domain.WorkingTime;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Free slots: the practice's facts and the busy times gathered here, computed by {@link SlotFinder}. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultAvailabilityService implements AvailabilityService {

    /** Every zone's local day lies within a UTC day widened by this on both sides (offsets reach ±14 h). */
    private static final Duration ZONE_MARGIN = Duration.ofHours(15);

    @EJB
    PracticeCatalog catalog;

    @Inject
    PracticeFactsLoader practice;

    @Inject
    AppointmentRepository appointments;

    @Inject
    SchedulingSettings settings;

    @Override
    public Availability freeSlots(AvailabilityQuery query) {
        Instant now = Instant.now();
        List<FieldViolation> violations = new ArrayList<>();
        Optional<ServiceView> service = catalog.service(query.serviceId()).filter(ServiceView::active);
        if (service.isEmpty()) {
            violations.add(new FieldViolation("serviceId", "is not an active service of this clinic"));
        }
        checkFilter(
                query.practitionerId(),
                id -> catalog.practitioner(id).filter(PractitionerView::active),
                "practitionerId",
                "practitioner",
                violations);
        checkFilter(
                query.locationId(),
                id -> catalog.location(id).filter(LocationView::active),
                "locationId",
                "location",
                violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return search(service.get(), query, now);
    }

    private Availability search(ServiceView service, AvailabilityQuery query, Instant now) {
        List<UUID> practitioners = service.practitionerIds().stream()
                .filter(p -> query.practitionerId().map(p::equals).orElse(true))
                .filter(p ->
                        catalog.practitioner(p).filter(PractitionerView::active).isPresent())
                .sorted()
                .toList();
        Period range = new Period(
                query.from().atStartOfDay().toInstant(ZoneOffset.UTC).minus(ZONE_MARGIN),
                query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(ZONE_MARGIN));
        WorkingTime workingTime = practice.workingTime(practitioners, range.start(), range.end());
        List<UUID> locations = workingTime.locationIds().stream()
                .filter(l -> query.locationId().map(l::equals).orElse(true))
                .sorted()
                .toList();
        Map<UUID, List<RoomView>> rooms = service.roomIds().stream()
                .map(catalog::room)
                .flatMap(Optional::stream)
                .filter(RoomView::active)
                .sorted(BookingRules.ROOM_ORDER)
                .collect(Collectors.groupingBy(RoomView::locationId));
        BusyTimes busy = appointments.busy(
                practitioners,
                rooms.values().stream().flatMap(List::stream).map(RoomView::id).toList(),
                range,
                now,
                null);
        SlotSearch search = new SlotSearch(
                practitioners,
                locations,
                service.needsRoom(),
                rooms,
                service.duration(),
                query.from(),
                query.to(),
                now,
                query.limit());
        return new SlotFinder(workingTime, busy, settings.slotStep()).find(search);
    }

    private static void checkFilter(
            Optional<UUID> id,
            Function<UUID, Optional<?>> lookup,
            String field,
            String what,
            List<FieldViolation> violations) {
        if (id.isPresent() && lookup.apply(id.get()).isEmpty()) {
            violations.add(new FieldViolation(field, "is not an active " + what + " of this clinic"));
        }
    }
}
