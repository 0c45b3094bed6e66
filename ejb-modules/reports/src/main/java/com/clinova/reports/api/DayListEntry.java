package com.clinova.reports.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One appointment on a practitioner's day list; {@code roomName} is null when none was needed.
 * {@code locationZone} is the zone the day and its times are read in: a clinic's locations may lie
 * in different zones.
 */
public record DayListEntry(
        UUID appointmentId,
        Instant startsAt,
        Instant endsAt,
        String status,
        UUID patientId,
        String patientName,
        String serviceName,
        String locationName,
        String roomName,
        ZoneId locationZone) {}
