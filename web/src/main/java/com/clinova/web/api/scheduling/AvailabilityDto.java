package com.clinova.web.api.scheduling;

import java.util.List;

/** The earliest free slots for a service on the days asked for; {@code truncated} when more exist. */
public record AvailabilityDto(String serviceId, String from, String to, List<FreeSlotDto> slots, boolean truncated) {}
