package com.clinova.records.api;

/** An attachment with its bytes, for download. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {}
