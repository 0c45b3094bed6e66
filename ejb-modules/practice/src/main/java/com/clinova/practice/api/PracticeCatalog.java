package com.clinova.practice.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to the bound clinic's practice for other contexts (scheduling computes free slots
 * from it, billing prices invoices with it). Every method reads in the caller's tenant; an id of
 * another clinic is simply not found.
 */
@Local
public interface PracticeCatalog {

    Optional<LocationView> location(UUID locationId);

    Optional<RoomView> room(UUID roomId);

    Optional<PractitionerView> practitioner(UUID practitionerId);

    /** The practitioner a staff account signs in as, if the account is one. */
    Optional<PractitionerView> practitionerOfUser(UUID userId);

    Optional<ServiceView> service(UUID serviceId);

    /** Weekly working hours of the given practitioners, at every location. */
    List<WorkingHoursView> workingHours(Collection<UUID> practitionerIds);

    /** Every location, active or not, by name (for choosing one; a clinic has a handful). */
    List<LocationView> locations();

    /** The rooms of one location, active or not, by name; empty for an unknown location. */
    List<RoomView> rooms(UUID locationId);

    /** Every practitioner, active or not, by display name. */
    List<PractitionerView> practitioners();

    /** Every service, active or not, by name. */
    List<ServiceView> services();

    /**
     * Exceptions overlapping [{@code from}, {@code to}): clinic holidays, closures of any
     * location and absences of any practitioner.
     */
    List<ScheduleExceptionView> exceptions(Instant from, Instant to);
}
