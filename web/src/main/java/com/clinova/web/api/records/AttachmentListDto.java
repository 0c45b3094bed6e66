package com.clinova.web.api.records;

import java.util.List;

/** An encounter's attachments, oldest first. */
public record AttachmentListDto(List<AttachmentDto> items) {}
