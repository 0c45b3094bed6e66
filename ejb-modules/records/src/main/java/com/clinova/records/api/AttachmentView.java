package com.clinova.records.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to an encounter. {@code contentType} is what its bytes are (decided from
 * them, never from the uploader's claim); {@code sha256} is the hex digest of those bytes.
 */
public record AttachmentView(
        AttachmentId id,
        EncounterId encounterId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        UUID uploadedBy,
        Instant uploadedAt)
        implements Serializable {}
