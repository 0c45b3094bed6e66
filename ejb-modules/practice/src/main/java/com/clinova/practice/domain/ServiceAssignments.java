package com.clinova.practice.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which practitioners and rooms a service may be given: they must exist in the clinic, and one
 * that is newly assigned must be active (a room also at an active location). Ones already
 * assigned stay assignable after they are deactivated, so editing a service's name does not
 * force an admin to first untangle it from a practitioner who left.
 */
final class ServiceAssignments {

    private final FieldRules rules;
    private final PracticeLookup practice;

    ServiceAssignments(FieldRules rules, PracticeLookup practice) {
        this.rules = rules;
        this.practice = practice;
    }

    void checkPractitioners(Set<UUID> wanted, Set<UUID> current) {
        for (UUID id : wanted) {
            Optional<Practitioner> found = practice.practitioner(id);
            if (found.isEmpty()) {
                rules.add("practitionerIds", "has no practitioner " + id + " in this clinic");
            } else if (!found.get().isActive() && !current.contains(id)) {
                rules.add("practitionerIds", "names inactive practitioner " + id);
            }
        }
    }

    void checkRooms(Set<UUID> wanted, Set<UUID> current) {
        for (UUID id : wanted) {
            Optional<Room> found = practice.room(id);
            if (found.isEmpty()) {
                rules.add("roomIds", "has no room " + id + " in this clinic");
            } else if (!current.contains(id) && !usable(found.get())) {
                rules.add("roomIds", "names inactive room " + id + " (or one at an inactive location)");
            }
        }
    }

    private boolean usable(Room room) {
        return room.isActive()
                && practice.location(room.locationId()).map(Location::isActive).orElse(false);
    }
}
