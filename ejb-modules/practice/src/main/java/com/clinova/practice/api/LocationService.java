package com.clinova.practice.api;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Locations and their rooms, for the clinic's admins (every staff member may read). Inactive
 * ones stay readable; {@code active} on a change deactivates or reactivates.
 */
@Local
public interface LocationService {

    /** @throws RuleViolationException for broken rules; ConflictException for a duplicate name */
    Versioned<LocationView> open(LocationDetails details);

    /**
     * @throws ResourceNotFoundException for an unknown id
     * @throws StaleVersionException when someone changed the location since {@code expectedVersion}
     */
    Versioned<LocationView> change(UUID id, long expectedVersion, LocationDetails details, boolean active);

    Optional<Versioned<LocationView>> find(UUID id);

    Page<Versioned<LocationView>> list(Optional<NameKey> after, int limit);

    /** @throws RuleViolationException for a bad name or an unknown or inactive location */
    Versioned<RoomView> openRoom(UUID locationId, String name);

    Versioned<RoomView> changeRoom(UUID roomId, long expectedVersion, String name, boolean active);

    Optional<Versioned<RoomView>> findRoom(UUID roomId);

    /** @throws ResourceNotFoundException for an unknown location */
    List<RoomView> rooms(UUID locationId);
}
