package com.clinova.web.portal.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A free time chosen for a booking: the service, with whom, where (room may be null), when. */
public record BookingSlot(UUID serviceId, UUID practitionerId, UUID locationId, UUID roomId, Instant start)
        implements Serializable {}
