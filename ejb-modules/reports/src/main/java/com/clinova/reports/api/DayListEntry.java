package com.clinova.reports.api;

import java.time.Instant;
import java.util.UUID;

/** One appointment on a practitioner's day list; {@code roomName} is null when none was needed. */
public record DayListEntry(
        UUID appointmentId,
        Instant startsAt,
        Instant endsAt,
        String status,
        UUID patientId,
        String patientName,
        String serviceName,
        String locationName,
        String roomName) {}
