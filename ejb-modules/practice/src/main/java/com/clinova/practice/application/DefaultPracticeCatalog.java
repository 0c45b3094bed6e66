package com.clinova.practice.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import com.clinova.practice.domain.Location;
import com.clinova.practice.domain.LocationRepository;
import com.clinova.practice.domain.Practitioner;
import com.clinova.practice.domain.PractitionerRepository;
import com.clinova.practice.domain.Room;
import com.clinova.practice.domain.RoomRepository;
import com.clinova.practice.domain.ScheduleException;
import com.clinova.practice.domain.ScheduleExceptionRepository;
import com.clinova.practice.domain.ServiceOffering;
import com.clinova.practice.domain.ServiceOfferingRepository;
import com.clinova.practice.domain.WorkingHours;
import com.clinova.practice.domain.WorkingHoursRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only: every staff role may read the practice (front desk books against it, billing prices
 * with it, practitioners see their own hours). Roles are enforced here too, not only at the
 * edges, so every way into the context obeys the same rule.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultPracticeCatalog implements PracticeCatalog {

    @Inject
    LocationRepository locations;

    @Inject
    RoomRepository rooms;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    ServiceOfferingRepository services;

    @Inject
    WorkingHoursRepository workingHours;

    @Inject
    ScheduleExceptionRepository exceptions;

    @Override
    public Optional<LocationView> location(UUID locationId) {
        return locations.find(locationId).map(Location::view);
    }

    @Override
    public Optional<RoomView> room(UUID roomId) {
        return rooms.find(roomId).map(Room::view);
    }

    @Override
    public Optional<PractitionerView> practitioner(UUID practitionerId) {
        return practitioners.find(practitionerId).map(Practitioner::view);
    }

    @Override
    public Optional<PractitionerView> practitionerOfUser(UUID userId) {
        return practitioners.findByAccount(userId).map(Practitioner::view);
    }

    @Override
    public Optional<ServiceView> service(UUID serviceId) {
        return services.find(serviceId).map(ServiceOffering::view);
    }

    @Override
    public List<WorkingHoursView> workingHours(Collection<UUID> practitionerIds) {
        return workingHours.ofPractitioners(practitionerIds).stream()
                .map(WorkingHours::view)
                .toList();
    }

    @Override
    public List<LocationView> locations() {
        return locations.all().stream().map(Location::view).toList();
    }

    @Override
    public List<RoomView> rooms(UUID locationId) {
        return rooms.atLocation(locationId).stream().map(Room::view).toList();
    }

    @Override
    public List<PractitionerView> practitioners() {
        return practitioners.all().stream().map(Practitioner::view).toList();
    }

    @Override
    public List<ServiceView> services() {
        return services.all().stream().map(ServiceOffering::view).toList();
    }

    @Override
    public List<ScheduleExceptionView> exceptions(Instant from, Instant to) {
        return exceptions.overlapping(from, to).stream()
                .map(ScheduleException::view)
                .toList();
    }
}
