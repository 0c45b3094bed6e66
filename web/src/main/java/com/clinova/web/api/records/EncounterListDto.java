package com.clinova.web.api.records;

import java.util.List;

/** One page of encounters, newest first; {@code nextCursor} is absent on the last page. */
public record EncounterListDto(List<EncounterDto> items, String nextCursor, int limit) {}
