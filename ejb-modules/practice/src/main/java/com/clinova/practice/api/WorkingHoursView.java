package com.clinova.practice.api;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** Every {@code day}, the practitioner works at the location from {@code start} until {@code end}. */
public record WorkingHoursView(
        UUID id, UUID practitionerId, UUID locationId, DayOfWeek day, LocalTime start, LocalTime end)
        implements Serializable {}
