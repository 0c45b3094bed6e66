package com.clinova.scheduling.api;

import java.time.Instant;
import java.util.UUID;

/** Position of an appointment in calendar order (start, then id) for keyset pagination. */
public record AppointmentKey(Instant start, UUID id) {}
