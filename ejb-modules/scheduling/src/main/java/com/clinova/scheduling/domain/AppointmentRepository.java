package com.clinova.scheduling.domain;

import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.CalendarQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appointments of the clinic bound to the current transaction. */
public interface AppointmentRepository {

    Optional<Appointment> find(AppointmentId id);

    /**
     * Stores a new appointment now, so a taken practitioner, room or patient fails inside this call.
     *
     * @throws AppointmentConflictException naming the taken resource
     */
    void add(Appointment appointment);

    /**
     * Flushes changes of a loaded appointment, surfacing conflicts and lost updates inside this call.
     *
     * @throws AppointmentConflictException naming the taken resource
     */
    void save(Appointment appointment);

    /**
     * Marks expired every hold past its time that overlaps {@code period} for this practitioner,
     * room or patient, so a booking of that time is not refused because of it.
     *
     * @return how many holds expired
     */
    int expireStaleHoldsOverlapping(Period period, UUID practitioner, UUID room, UUID patient, Instant now);

    /** Marks expired every hold of the clinic past its time. */
    int expireStaleHolds(Instant now);

    /**
     * Live appointments (stale holds left out) overlapping {@code period} of any of the practitioners
     * or in any of the rooms, except {@code excluding} (an appointment being moved; may be null).
     */
    BusyTimes busy(
            Collection<UUID> practitioners,
            Collection<UUID> rooms,
            Period period,
            Instant now,
            AppointmentId excluding);

    /** Up to {@code query.limit() + 1} appointments in calendar order, so callers can tell if more follow. */
    List<Appointment> calendar(CalendarQuery query);
}
