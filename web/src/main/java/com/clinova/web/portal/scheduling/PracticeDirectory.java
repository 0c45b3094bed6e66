package com.clinova.web.portal.scheduling;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The clinic's practice as one request's pages need it: the choices for menus (active only) and
 * the names behind the ids appointments carry. Read once per request; a clinic has a handful of
 * locations and practitioners.
 */
@RequestScoped
public class PracticeDirectory {

    @Inject
    PortalScheduling scheduling;

    private Map<UUID, LocationView> locations;
    private Map<UUID, PractitionerView> practitioners;
    private Map<UUID, ServiceView> services;

    List<LocationView> activeLocations() {
        return locations().values().stream().filter(LocationView::active).toList();
    }

    List<PractitionerView> activePractitioners() {
        return practitioners().values().stream()
                .filter(PractitionerView::active)
                .toList();
    }

    List<ServiceView> activeServices() {
        return services().values().stream().filter(ServiceView::active).toList();
    }

    Optional<LocationView> location(UUID id) {
        return Optional.ofNullable(id).map(locations()::get);
    }

    Optional<PractitionerView> practitioner(UUID id) {
        return Optional.ofNullable(id).map(practitioners()::get);
    }

    Optional<ServiceView> service(UUID id) {
        return Optional.ofNullable(id).map(services()::get);
    }

    String locationName(UUID id) {
        return location(id).map(LocationView::name).orElse("");
    }

    String practitionerName(UUID id) {
        return practitioner(id).map(PractitionerView::displayName).orElse("");
    }

    String serviceName(UUID id) {
        return service(id).map(ServiceView::name).orElse("");
    }

    String roomName(UUID id) {
        return id == null ? "" : scheduling.room(id).map(RoomView::name).orElse("");
    }

    /** The zone of the location's wall clock; UTC for an unknown location (never shown as such). */
    ZoneId zoneOf(UUID location) {
        return location(location).map(LocationView::timeZone).orElse(ZoneOffset.UTC);
    }

    private Map<UUID, LocationView> locations() {
        if (locations == null) {
            locations = byId(scheduling.locations(), LocationView::id);
        }
        return locations;
    }

    private Map<UUID, PractitionerView> practitioners() {
        if (practitioners == null) {
            practitioners = byId(scheduling.practitioners(), PractitionerView::id);
        }
        return practitioners;
    }

    private Map<UUID, ServiceView> services() {
        if (services == null) {
            services = byId(scheduling.services(), ServiceView::id);
        }
        return services;
    }

    /** Keeps the catalogue's (name) order. */
    private static <T> Map<UUID, T> byId(List<T> views, Function<T, UUID> id) {
        return views.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
