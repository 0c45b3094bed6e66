package com.clinova.scheduling.api;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Booking and running the bound clinic's appointments. Every change names the versions it may be
 * based on (checked inside the change, which reads the appointment once), so two people acting on
 * one appointment cannot silently overwrite each other. Every call that returns or changes
 * appointments records the access in the clinic's audit trail.
 *
 * <p>Who may do what: front desk and clinic admins book, confirm, reschedule and cancel; they
 * and the appointment's own practitioner check in and mark no-shows; the practitioner (or an
 * admin) completes. Every staff member reads. Changes on another practitioner's appointment, or
 * by a role not listed, throw {@link NotPermittedException}.
 *
 * <p>Each change of an existing appointment also throws {@link AppointmentNotFoundException} for
 * an unknown id, {@link StaleVersionException} when its version is not one {@code expected}
 * admits, and {@link AppointmentStateException} when its status or the time does not
 * allow the change.
 */
@Local
public interface AppointmentService {

    /**
     * Holds (for a few minutes) or books the requested time.
     *
     * @throws RuleViolationException naming every broken rule (unknown ids, outside working
     *     hours, in the past, ...)
     * @throws AppointmentConflictException when the practitioner, room or patient is taken
     */
    AppointmentView book(BookingRequest request);

    /**
     * The rules this request breaks (empty when none), without booking anything, so an edge that
     * has already found some unreadable fields can report every problem at once.
     */
    List<FieldViolation> violationsOf(BookingRequest request);

    Optional<AppointmentView> find(AppointmentId id);

    /**
     * The appointment as another context refers to it, for a use case of that context which
     * records its own access; not recorded here (it reveals no details), unlike {@link #find}.
     */
    Optional<AppointmentReference> reference(AppointmentId id);

    /** An unknown (or another clinic's) practitioner, location or patient simply has no appointments. */
    AppointmentPage calendar(CalendarQuery query);

    /**
     * Turns a hold into a booking.
     *
     * @throws AppointmentStateException when it is not a live hold any more
     */
    AppointmentView confirm(AppointmentId id, ExpectedVersion expected);

    AppointmentView cancel(AppointmentId id, ExpectedVersion expected, String reason);

    /** @throws AppointmentConflictException when the new time is taken */
    AppointmentView reschedule(AppointmentId id, ExpectedVersion expected, Rescheduling to);

    AppointmentView checkIn(AppointmentId id, ExpectedVersion expected);

    AppointmentView complete(AppointmentId id, ExpectedVersion expected);

    AppointmentView markNoShow(AppointmentId id, ExpectedVersion expected);
}
