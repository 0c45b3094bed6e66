package com.clinova.scheduling.domain;

import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the practice (and the patient register) says about the ids of one booking request: each
 * is empty when the id is unknown in this clinic or was not given. {@code serviceRooms} are the
 * rooms the service can take place in; {@code workingTime} covers the practitioner around the
 * requested time.
 */
public record PracticeFacts(
        Optional<ServiceView> service,
        Optional<PractitionerView> practitioner,
        Optional<LocationView> location,
        Optional<RoomView> room,
        List<RoomView> serviceRooms,
        boolean patientExists,
        WorkingTime workingTime) {

    public PracticeFacts {
        Objects.requireNonNull(service);
        Objects.requireNonNull(practitioner);
        Objects.requireNonNull(location);
        Objects.requireNonNull(room);
        serviceRooms = List.copyOf(serviceRooms);
        Objects.requireNonNull(workingTime);
    }
}
