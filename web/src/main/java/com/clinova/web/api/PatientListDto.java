package com.clinova.web.api;

import java.util.List;

/** One page of patients; {@code nextCursor} is absent on the last page. */
public record PatientListDto(List<PatientDto> items, String nextCursor, int limit) {}
