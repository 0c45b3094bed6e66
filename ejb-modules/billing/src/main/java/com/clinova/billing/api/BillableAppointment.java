package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A completed appointment no invoice bills yet, with the service and price a line for it would get. */
public record BillableAppointment(
        UUID appointmentId,
        UUID patientId,
        UUID practitionerId,
        UUID serviceId,
        String serviceName,
        BigDecimal price,
        String currency,
        Instant start,
        Instant end)
        implements Serializable {}
