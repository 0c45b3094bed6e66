package com.clinova.db.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A demo clinic's practice: locations, rooms, practitioners, services, weekly hours and
 * exceptions. Ids derive from the clinic's slug and each thing's name, so every seed (and every
 * test) sees the same ids; exception dates are relative to the seed date so the demo always has
 * a holiday and an absence in the coming weeks.
 */
public final class DemoPractice {

    public record Location(UUID id, String name, String address, String phone, String timeZone) {}

    public record Room(UUID id, UUID locationId, String name) {}

    /** {@code userId} is the linked staff account, or null for a practitioner without one. */
    public record Practitioner(UUID id, UUID userId, String displayName, String specialty, String colour) {}

    public record Service(
            UUID id,
            String name,
            String description,
            int minutes,
            BigDecimal price,
            List<UUID> practitionerIds,
            List<UUID> roomIds) {}

    public record Hours(UUID practitionerId, UUID locationId, DayOfWeek day, LocalTime start, LocalTime end) {}

    /** Wall-clock start (inclusive) and end (exclusive) in the clinic's zone. */
    public record Exception(
            String kind, UUID practitionerId, UUID locationId, LocalDateTime start, LocalDateTime end, String reason) {}

    private final String slug;
    final List<Location> locations = new ArrayList<>();
    final List<Room> rooms = new ArrayList<>();
    final List<Practitioner> practitioners = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<Hours> hours = new ArrayList<>();
    final List<Exception> exceptions = new ArrayList<>();

    DemoPractice(String slug) {
        this.slug = slug;
    }

    /** The stable id of a demo thing of this clinic, e.g. {@code idOf("location", "Sonrisa Centro")}. */
    public UUID idOf(String kind, String name) {
        return id(slug, kind, name);
    }

    static UUID id(String slug, String kind, String name) {
        return UUID.nameUUIDFromBytes(
                ("clinova-demo/" + slug + "/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    UUID location(String name, String address, String phone, String timeZone) {
        Location location = new Location(idOf("location", name), name, address, phone, timeZone);
        locations.add(location);
        return location.id();
    }

    UUID room(UUID locationId, String name) {
        Room room = new Room(idOf("room", name), locationId, name);
        rooms.add(room);
        return room.id();
    }

    UUID practitioner(UUID userId, String displayName, String specialty, String colour) {
        Practitioner practitioner =
                new Practitioner(idOf("practitioner", displayName), userId, displayName, specialty, colour);
        practitioners.add(practitioner);
        return practitioner.id();
    }

    void service(String name, String description, int minutes, String price, List<UUID> by, List<UUID> in) {
        services.add(new Service(idOf("service", name), name, description, minutes, new BigDecimal(price), by, in));
    }

    /** The same block on each of {@code days}. */
    void hours(UUID practitionerId, UUID locationId, String start, String end, DayOfWeek... days) {
        for (DayOfWeek day : days) {
            hours.add(new Hours(practitionerId, locationId, day, LocalTime.parse(start), LocalTime.parse(end)));
        }
    }

    void exception(String kind, UUID practitionerId, LocalDateTime start, LocalDateTime end, String reason) {
        exceptions.add(new Exception(kind, practitionerId, null, start, end, reason));
    }

    public List<Location> locations() {
        return List.copyOf(locations);
    }

    public List<Room> rooms() {
        return List.copyOf(rooms);
    }

    public List<Practitioner> practitioners() {
        return List.copyOf(practitioners);
    }

    public List<Service> services() {
        return List.copyOf(services);
    }

    public List<Hours> hours() {
        return List.copyOf(hours);
    }

    public List<Exception> exceptions() {
        return List.copyOf(exceptions);
    }
}
