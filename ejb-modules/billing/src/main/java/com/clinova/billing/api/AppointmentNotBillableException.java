package com.clinova.billing.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;
import java.util.UUID;

/** An appointment that cannot be invoiced now: not completed, or already on an invoice that is not void. */
public class AppointmentNotBillableException extends ConflictException implements SpecificProblem {

    /** Why; the slug names the problem type. */
    public enum Reason {
        NOT_COMPLETED("appointment-not-completed", "Appointment is not completed"),
        ALREADY_INVOICED("appointment-already-invoiced", "Appointment is already invoiced");

        private final String slug;
        private final String title;

        Reason(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }
    }

    private final Reason reason;
    private final UUID appointmentId;

    public AppointmentNotBillableException(Reason reason, UUID appointmentId) {
        super(
                reason == Reason.NOT_COMPLETED
                        ? "Appointment " + appointmentId + " is not completed; only completed appointments are invoiced"
                        : "Appointment " + appointmentId + " is already on an invoice that is not void");
        this.reason = reason;
        this.appointmentId = appointmentId;
    }

    public Reason reason() {
        return reason;
    }

    public UUID appointmentId() {
        return appointmentId;
    }

    @Override
    public String problemSlug() {
        return reason.slug;
    }

    @Override
    public String problemTitle() {
        return reason.title;
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("appointmentId", appointmentId.toString());
    }
}
