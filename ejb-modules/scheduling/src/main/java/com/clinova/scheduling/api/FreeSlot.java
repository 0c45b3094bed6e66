package com.clinova.scheduling.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Time in which {@code practitionerId} can see a patient for the service at {@code locationId};
 * {@code roomId} is a room of the service that is free then (null when the service needs none).
 * Free when computed: the booking itself is what claims it.
 */
public record FreeSlot(Instant start, Instant end, UUID practitionerId, UUID locationId, UUID roomId)
        implements Serializable {}
