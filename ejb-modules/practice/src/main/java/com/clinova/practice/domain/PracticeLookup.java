package com.clinova.practice.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * How an aggregate finds the other parts of the practice it refers to by id, so it can check
 * they exist and may be used, without holding references to them.
 */
public interface PracticeLookup {

    Optional<Location> location(UUID id);

    Optional<Room> room(UUID id);

    Optional<Practitioner> practitioner(UUID id);
}
