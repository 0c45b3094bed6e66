package com.clinova.web.api.audit;

import java.util.List;

/** One page of the trail, newest first; {@code nextCursor} is absent on the last page. */
public record AuditListDto(List<AuditEntryDto> items, String nextCursor, int limit) {}
