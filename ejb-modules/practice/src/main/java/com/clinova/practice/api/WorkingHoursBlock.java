package com.clinova.practice.api;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One block of a practitioner's week as an admin enters it: every {@code day}, from {@code start}
 * until {@code end} (wall-clock time in the location's zone) at {@code locationId}.
 */
public record WorkingHoursBlock(UUID locationId, DayOfWeek day, LocalTime start, LocalTime end)
        implements Serializable {}
