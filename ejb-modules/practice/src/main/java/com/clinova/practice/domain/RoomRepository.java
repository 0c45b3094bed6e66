package com.clinova.practice.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rooms of the clinic bound to the current transaction. */
public interface RoomRepository {

    Optional<Room> find(UUID id);

    /** Stores a new room now, so a duplicate name at its location fails inside this call. */
    void add(Room room);

    void save(Room room);

    /** The rooms of one location, by name (a location has a handful). */
    List<Room> atLocation(UUID locationId);
}
