package com.clinova.practice.application;

import com.clinova.practice.domain.Location;
import com.clinova.practice.domain.LocationRepository;
import com.clinova.practice.domain.PracticeLookup;
import com.clinova.practice.domain.Practitioner;
import com.clinova.practice.domain.PractitionerRepository;
import com.clinova.practice.domain.Room;
import com.clinova.practice.domain.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** The aggregates' lookup through the repositories, in the caller's transaction and clinic. */
@ApplicationScoped
public class RepositoryLookup implements PracticeLookup {

    @Inject
    LocationRepository locations;

    @Inject
    RoomRepository rooms;

    @Inject
    PractitionerRepository practitioners;

    @Override
    public Optional<Location> location(UUID id) {
        return locations.find(id);
    }

    @Override
    public Optional<Room> room(UUID id) {
        return rooms.find(id);
    }

    @Override
    public Optional<Practitioner> practitioner(UUID id) {
        return practitioners.find(id);
    }
}
