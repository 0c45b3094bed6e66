package com.clinova.web.api.practice;

import java.util.List;

/** One page of a practice list; {@code nextCursor} is absent on the last page. */
public record PageDto<T>(List<T> items, String nextCursor, int limit) {}
