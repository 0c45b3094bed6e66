package com.clinova.practice.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.LocationDetails;
import com.clinova.practice.api.PractitionerDetails;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test builders: a clinic with an in-memory practice the aggregates can look things up in. */
final class PracticeFixtures implements PracticeLookup {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final TenantId CLINIC = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000c11c"));

    private final Map<UUID, Location> locations = new HashMap<>();
    private final Map<UUID, Room> rooms = new HashMap<>();
    private final Map<UUID, Practitioner> practitioners = new HashMap<>();

    static LocationDetails locationDetails(String name, String zone) {
        return new LocationDetails(name, "Calle Mayor 1, Madrid", "+34 910 000 000", zone);
    }

    Location location(String name, String zone) {
        Location location = Location.open(CLINIC, locationDetails(name, zone), NOW);
        locations.put(location.id(), location);
        return location;
    }

    Room room(Location location, String name) {
        Room room = Room.open(CLINIC, location, name, NOW);
        rooms.put(room.id(), room);
        return room;
    }

    Practitioner practitioner(String name) {
        Practitioner practitioner =
                Practitioner.register(CLINIC, new PractitionerDetails(name, "Odontología", "#0E7490"), NOW);
        practitioners.put(practitioner.id(), practitioner);
        return practitioner;
    }

    @Override
    public Optional<Location> location(UUID id) {
        return Optional.ofNullable(locations.get(id));
    }

    @Override
    public Optional<Room> room(UUID id) {
        return Optional.ofNullable(rooms.get(id));
    }

    @Override
    public Optional<Practitioner> practitioner(UUID id) {
        return Optional.ofNullable(practitioners.get(id));
    }
}
