package com.clinova.web.api.records;

import com.clinova.records.api.AttachmentView;

/** An attachment's description; {@code href} downloads it. */
public record AttachmentDto(
        String id,
        String encounterId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        String uploadedAt,
        String href) {

    static AttachmentDto of(AttachmentView v) {
        return new AttachmentDto(
                v.id().toString(),
                v.encounterId().toString(),
                v.fileName(),
                v.contentType(),
                v.sizeBytes(),
                v.sha256(),
                v.uploadedBy().toString(),
                v.uploadedAt().toString(),
                AttachmentResource.PATH + "/" + v.id());
    }
}
