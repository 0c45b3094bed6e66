package com.clinova.practice.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.LocationDetails;
import com.clinova.practice.api.LocationService;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.NameKey;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.Versioned;
import com.clinova.practice.domain.Location;
import com.clinova.practice.domain.LocationRepository;
import com.clinova.practice.domain.Room;
import com.clinova.practice.domain.RoomRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Any staff member reads locations and rooms; only clinic admins change them. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultLocationService implements LocationService {

    @Inject
    LocationRepository locations;

    @Inject
    RoomRepository rooms;

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<LocationView> open(LocationDetails details) {
        Location location = Location.open(TenantContext.require(), details, Instant.now());
        locations.add(location);
        return versioned(location);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<LocationView> change(UUID id, long expectedVersion, LocationDetails details, boolean active) {
        Location location = locations.find(id).orElseThrow(() -> new ResourceNotFoundException("Location", id));
        if (location.version() != expectedVersion) {
            throw new StaleVersionException("Location", location.version());
        }
        location.change(details);
        if (active) {
            location.reactivate();
        } else {
            location.deactivate();
        }
        locations.save(location);
        return versioned(location);
    }

    @Override
    public Optional<Versioned<LocationView>> find(UUID id) {
        return locations.find(id).map(DefaultLocationService::versioned);
    }

    @Override
    public Page<Versioned<LocationView>> list(Optional<NameKey> after, int limit) {
        Pages.checkLimit(limit);
        return Pages.of(
                locations.list(after, limit),
                limit,
                DefaultLocationService::versioned,
                v -> new NameKey(v.value().name(), v.value().id()));
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<RoomView> openRoom(UUID locationId, String name) {
        Location location =
                locations.find(locationId).orElseThrow(() -> new ResourceNotFoundException("Location", locationId));
        Room room = Room.open(TenantContext.require(), location, name, Instant.now());
        rooms.add(room);
        return versioned(room);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<RoomView> changeRoom(UUID roomId, long expectedVersion, String name, boolean active) {
        Room room = rooms.find(roomId).orElseThrow(() -> new ResourceNotFoundException("Room", roomId));
        if (room.version() != expectedVersion) {
            throw new StaleVersionException("Room", room.version());
        }
        room.rename(name);
        if (active) {
            room.reactivate();
        } else {
            room.deactivate();
        }
        rooms.save(room);
        return versioned(room);
    }

    @Override
    public Optional<Versioned<RoomView>> findRoom(UUID roomId) {
        return rooms.find(roomId).map(DefaultLocationService::versioned);
    }

    @Override
    public List<RoomView> rooms(UUID locationId) {
        if (locations.find(locationId).isEmpty()) {
            throw new ResourceNotFoundException("Location", locationId);
        }
        return rooms.atLocation(locationId).stream().map(Room::view).toList();
    }

    private static Versioned<LocationView> versioned(Location location) {
        return new Versioned<>(location.view(), location.version());
    }

    private static Versioned<RoomView> versioned(Room room) {
        return new Versioned<>(room.view(), room.version());
    }
}
