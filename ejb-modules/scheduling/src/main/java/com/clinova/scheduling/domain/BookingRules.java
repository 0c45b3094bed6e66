package com.clinova.scheduling.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.scheduling.api.Rescheduling;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a booking or a move against the practice: the ids are this clinic's and active, the
 * practitioner performs the service, the whole appointment lies in the practitioner's working
 * hours (which also decides the location when none is given) outside any exception, the room
 * suits the service and the location, nothing is in the past. Every broken rule is reported at
 * once, named by the field clients send. Whether the time is still free is not checked here: the
 * database decides that when the appointment is written.
 */
public final class BookingRules {

    static final int NOTES_MAX = 2000;

    /** Rooms are offered and chosen in name order, so the same request gets the same room. */
    public static final Comparator<RoomView> ROOM_ORDER =
            Comparator.comparing(RoomView::name).thenComparing(RoomView::id);

    private final PracticeFacts facts;
    private final Instant now;
    private final List<FieldViolation> violations = new ArrayList<>();

    public BookingRules(PracticeFacts facts, Instant now) {
        this.facts = facts;
        this.now = now;
    }

    /** The booking requested; its room is null when the service needs one and it is yet to be chosen. */
    public Booking check(BookingRequest request) {
        if (request.patientId() == null) {
            violations.add(new FieldViolation("patientId", "is required"));
        } else if (!facts.patientExists()) {
            violations.add(new FieldViolation("patientId", "is not a patient of this clinic"));
        }
        Optional<ServiceView> service = activeService(request.serviceId());
        Optional<Placement> placement =
                placement(service, request.practitionerId(), request.locationId(), request.roomId(), request.start());
        checkNotes(request.notes());
        throwIfBroken();
        return new Booking(
                request.patientId(), request.serviceId(), placement.orElseThrow(), cleanNotes(request.notes()));
    }

    /** Where an appointment of {@code service} and {@code length} moves to. */
    public Placement checkMove(Rescheduling to, ServiceView service, UUID currentPractitioner, Duration length) {
        UUID practitioner = to.practitionerId() == null ? currentPractitioner : to.practitionerId();
        Optional<Placement> placement = placement(
                Optional.of(service), practitioner, to.locationId(), to.roomId(), to.start(), Optional.of(length));
        throwIfBroken();
        return placement.orElseThrow();
    }

    private Optional<Placement> placement(
            Optional<ServiceView> service, UUID practitioner, UUID location, UUID room, Instant start) {
        return placement(service, practitioner, location, room, start, service.map(ServiceView::duration));
    }

    private Optional<Placement> placement(
            Optional<ServiceView> service,
            UUID practitioner,
            UUID location,
            UUID room,
            Instant start,
            Optional<Duration> length) {
        boolean known = checkPractitioner(practitioner, service)
                & checkLocation(location)
                & checkRoom(room, service)
                & checkStart(start);
        if (!known || service.isEmpty() || length.isEmpty()) {
            return Optional.empty();
        }
        Period period = Period.of(start, length.get());
        Optional<UUID> where = place(practitioner, location, period);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        checkRoomAt(room, where.get(), service.get());
        return Optional.of(new Placement(practitioner, where.get(), room, period));
    }

    private Optional<UUID> place(UUID practitioner, UUID location, Period period) {
        WorkingTime time = facts.workingTime();
        Optional<UUID> where = location != null
                ? Optional.of(location).filter(l -> time.covers(practitioner, l, period))
                : time.locationCovering(practitioner, period);
        if (where.isEmpty()) {
            violations.add(new FieldViolation(
                    "start",
                    location != null
                            ? "is outside the practitioner's working hours at this location"
                            : "is outside the practitioner's working hours"));
        } else if (time.isExcepted(practitioner, where.get(), period)) {
            violations.add(new FieldViolation("start", "falls on a holiday, closure or absence"));
            return Optional.empty();
        }
        return where;
    }

    private Optional<ServiceView> activeService(UUID serviceId) {
        if (serviceId == null) {
            violations.add(new FieldViolation("serviceId", "is required"));
            return Optional.empty();
        }
        Optional<ServiceView> service = facts.service().filter(ServiceView::active);
        if (service.isEmpty()) {
            violations.add(new FieldViolation("serviceId", "is not an active service of this clinic"));
        }
        return service;
    }

    private boolean checkPractitioner(UUID practitionerId, Optional<ServiceView> service) {
        if (practitionerId == null) {
            violations.add(new FieldViolation("practitionerId", "is required"));
            return false;
        }
        Optional<PractitionerView> practitioner = facts.practitioner().filter(PractitionerView::active);
        if (practitioner.isEmpty()) {
            violations.add(new FieldViolation("practitionerId", "is not an active practitioner of this clinic"));
            return false;
        }
        if (service.isPresent() && !service.get().practitionerIds().contains(practitionerId)) {
            violations.add(new FieldViolation("practitionerId", "does not perform this service"));
            return false;
        }
        return true;
    }

    private boolean checkLocation(UUID locationId) {
        if (locationId != null && facts.location().filter(LocationView::active).isEmpty()) {
            violations.add(new FieldViolation("locationId", "is not an active location of this clinic"));
            return false;
        }
        return true;
    }

    private boolean checkRoom(UUID roomId, Optional<ServiceView> service) {
        if (roomId == null) {
            return true;
        }
        if (facts.room().filter(RoomView::active).isEmpty()) {
            violations.add(new FieldViolation("roomId", "is not an active room of this clinic"));
            return false;
        }
        if (service.isPresent() && !service.get().roomIds().contains(roomId)) {
            violations.add(new FieldViolation(
                    "roomId",
                    service.get().needsRoom() ? "is not a room of this service" : "this service needs no room"));
            return false;
        }
        return true;
    }

    private boolean checkStart(Instant start) {
        if (start == null) {
            violations.add(new FieldViolation("start", "is required"));
            return false;
        }
        if (start.isBefore(now)) {
            violations.add(new FieldViolation("start", "must not be in the past"));
            return false;
        }
        return true;
    }

    private void checkRoomAt(UUID room, UUID location, ServiceView service) {
        if (room != null && !facts.room().orElseThrow().locationId().equals(location)) {
            violations.add(new FieldViolation("roomId", "is not at the location of the appointment"));
        } else if (room == null && service.needsRoom() && usableRooms(location).isEmpty()) {
            violations.add(new FieldViolation("locationId", "has no room for this service"));
        }
    }

    /** The active rooms of the service at the location, where a room is chosen when none was given. */
    public List<RoomView> usableRooms(UUID location) {
        return facts.serviceRooms().stream()
                .filter(r -> r.active() && r.locationId().equals(location))
                .sorted(ROOM_ORDER)
                .toList();
    }

    private void checkNotes(String notes) {
        String clean = cleanNotes(notes);
        if (clean != null && (clean.length() > NOTES_MAX || !PlainText.isMultiLine(clean))) {
            violations.add(new FieldViolation("notes", "must be text of at most " + NOTES_MAX + " characters"));
        }
    }

    private void throwIfBroken() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** Notes are stored trimmed; blank notes are no notes. */
    static String cleanNotes(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        return notes.strip();
    }
}
