package com.clinova.web.api.records;

import java.util.List;

/** An encounter's notes in writing order, each with its amendments. */
public record NoteListDto(List<NoteDto> items) {}
