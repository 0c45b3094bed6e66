package com.clinova.scheduling.domain;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.scheduling.api.AppointmentStatus.BOOKED;
import static com.clinova.scheduling.api.AppointmentStatus.CHECKED_IN;
import static com.clinova.scheduling.api.AppointmentStatus.HELD;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.text.PlainText;
import com.clinova.scheduling.api.AppointmentAction;
import com.clinova.scheduling.api.AppointmentStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of an appointment and who may drive it:
 *
 * <pre>
 *            confirm            check-in            complete
 *   held ──────────────► booked ─────────► checked_in ─────────► completed
 *    │ │                  │  │ ▲
 *    │ └─ expire ─► expired  │ └── reschedule (same status, new time)
 *    └─ cancel ─► cancelled ◄┘ cancel     booked ── no-show ──► no_show
 * </pre>
 *
 * <ul>
 *   <li>confirm: a hold whose time has not run out; front desk or admin.
 *   <li>cancel (with a reason): a hold or booking that is not over; front desk or admin.
 *   <li>reschedule: a booking that has not started; front desk or admin.
 *   <li>check-in: a booking that is not over; front desk, admin or its own practitioner.
 *   <li>no-show: a booking whose start has passed; front desk, admin or its own practitioner.
 *   <li>complete: a checked-in appointment; its own practitioner or an admin (completion is a
 *       clinical statement, the front desk does not make it).
 * </ul>
 *
 * Expiry is not an action of anyone: stale holds are expired by the system.
 */
final class AppointmentRules {

    private AppointmentRules() {}

    /** The statuses an action can start from. */
    static Set<AppointmentStatus> from(AppointmentAction action) {
        return switch (action) {
            case CONFIRM -> EnumSet.of(HELD);
            case CANCEL -> EnumSet.of(HELD, BOOKED);
            case RESCHEDULE, CHECK_IN, NO_SHOW -> EnumSet.of(BOOKED);
            case COMPLETE -> EnumSet.of(CHECKED_IN);
        };
    }

    static final int REASON_MAX = 500;

    /**
     * A cancellation's reason, trimmed.
     *
     * @throws RuleViolationException when it is blank, too long or not text
     */
    static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > REASON_MAX || !PlainText.isMultiLine(clean)) {
            throw new RuleViolationException("reason", "is required: at most " + REASON_MAX + " characters of text");
        }
        return clean;
    }

    /** The action as in "cannot be …", for messages. */
    static String participle(AppointmentAction action) {
        return switch (action) {
            case CONFIRM -> "confirmed";
            case CANCEL -> "cancelled";
            case RESCHEDULE -> "rescheduled";
            case CHECK_IN -> "checked in";
            case COMPLETE -> "completed";
            case NO_SHOW -> "marked as a no-show";
        };
    }

    /** Whether the actor's role (and, for practitioners, ownership) allows the action. */
    static boolean permits(AppointmentAction action, Actor actor, java.util.UUID practitioner) {
        return switch (action) {
            case CONFIRM, CANCEL, RESCHEDULE -> actor.isDesk();
            case CHECK_IN, NO_SHOW -> actor.isDesk() || actor.isPractitioner(practitioner);
            case COMPLETE -> actor.hasRole(CLINIC_ADMIN) || actor.isPractitioner(practitioner);
        };
    }

    /** Whether the time allows the action; null when it does, else why not. */
    static String timeRuleBroken(AppointmentAction action, Period period, Instant holdExpiresAt, Instant now) {
        return switch (action) {
            case CONFIRM -> holdExpiresAt != null && now.isBefore(holdExpiresAt) ? null : "The hold has expired";
            case CANCEL, CHECK_IN -> now.isBefore(period.end()) ? null : "The appointment is already over";
            case RESCHEDULE -> now.isBefore(period.start()) ? null : "The appointment has already started";
            case NO_SHOW -> now.isBefore(period.start()) ? "The appointment has not started yet" : null;
            case COMPLETE -> null;
        };
    }
}
