package com.clinova.web.portal.practice;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names of the clinic's practitioners, locations and rooms by id, read once per view, so lists
 * can show "Dra. Vidal" instead of an id. Rooms are named with their location ("Centro · Gabinete 1").
 */
final class PracticeNames implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice for a select or checkbox list: an id and its label. */
    public record Choice(String id, String label, boolean active) implements Serializable {}

    private final Map<UUID, String> names = new HashMap<>();
    private final List<Choice> practitioners;
    private final List<Choice> rooms;
    private final List<Choice> locations;

    PracticeNames(PracticeCatalog catalog) {
        List<LocationView> allLocations = catalog.locations();
        locations = allLocations.stream()
                .map(l -> new Choice(l.id().toString(), l.name(), l.active()))
                .toList();
        allLocations.forEach(l -> names.put(l.id(), l.name()));
        List<PractitionerView> allPractitioners = catalog.practitioners();
        practitioners = allPractitioners.stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), p.active()))
                .toList();
        allPractitioners.forEach(p -> names.put(p.id(), p.displayName()));
        rooms = allLocations.stream()
                .flatMap(l -> catalog.rooms(l.id()).stream().map(r -> roomChoice(l, r)))
                .toList();
        rooms.forEach(r -> names.put(UUID.fromString(r.id()), r.label()));
    }

    private static Choice roomChoice(LocationView location, RoomView room) {
        return new Choice(
                room.id().toString(), location.name() + " · " + room.name(), room.active() && location.active());
    }

    String name(UUID id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    String names(Collection<UUID> ids) {
        return ids.stream().map(this::name).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }

    List<Choice> practitioners() {
        return practitioners;
    }

    List<Choice> rooms() {
        return rooms;
    }

    List<Choice> locations() {
        return locations;
    }
}
