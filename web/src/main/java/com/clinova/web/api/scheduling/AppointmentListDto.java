package com.clinova.web.api.scheduling;

import java.util.List;

/** One page of a calendar, in start order; {@code nextCursor} is absent on the last page. */
public record AppointmentListDto(List<AppointmentDto> items, String nextCursor, int limit) {}
