package com.clinova.scheduling.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a booked appointment moves to: a new {@code start} (same duration), optionally with
 * another practitioner, location or room. Null ids keep the current practitioner and let the
 * location and room follow from the new time, as when booking.
 */
public record Rescheduling(Instant start, UUID practitionerId, UUID locationId, UUID roomId) implements Serializable {}
