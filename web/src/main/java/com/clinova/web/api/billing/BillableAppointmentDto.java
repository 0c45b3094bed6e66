package com.clinova.web.api.billing;

import com.clinova.billing.api.BillableAppointment;

/** A completed appointment no invoice bills yet, with the line it would become. */
public record BillableAppointmentDto(
        String appointmentId,
        String practitionerId,
        String serviceId,
        String serviceName,
        String price,
        String currency,
        String start,
        String end) {

    static BillableAppointmentDto of(BillableAppointment appointment) {
        return new BillableAppointmentDto(
                appointment.appointmentId().toString(),
                appointment.practitionerId().toString(),
                appointment.serviceId().toString(),
                appointment.serviceName(),
                BillingFields.amount(appointment.price()),
                appointment.currency(),
                appointment.start().toString(),
                appointment.end().toString());
    }
}
