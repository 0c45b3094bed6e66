package com.clinova.records.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.records.api.AttachmentTooLargeException;
import com.clinova.records.api.UnsupportedAttachmentTypeException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an encounter accepts as a file: a name, at least one byte and at most {@code maxBytes},
 * and content that is a PDF, JPEG or PNG by its own signature.
 */
public record AttachmentPolicy(long maxBytes) {

    public AttachmentPolicy {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the attachment size limit must be positive");
        }
    }

    /**
     * @throws RuleViolationException for a missing name and/or an empty file (both at once)
     * @throws AttachmentTooLargeException above the limit
     * @throws UnsupportedAttachmentTypeException for any other kind of content
     */
    public UploadedFile check(String fileName, byte[] content) {
        List<FieldViolation> violations = new ArrayList<>();
        if (fileName == null || fileName.isBlank()) {
            violations.add(new FieldViolation("fileName", "is required"));
        }
        if (content == null || content.length == 0) {
            violations.add(new FieldViolation("file", "is empty"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (content.length > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        AttachmentType type = AttachmentType.detect(content).orElseThrow(UnsupportedAttachmentTypeException::new);
        return new UploadedFile(FileNames.clean(fileName, type), type, content, Digests.sha256Hex(content));
    }

    /** A file that passed the policy, with its safe name, real type and digest. */
    public record UploadedFile(String fileName, AttachmentType type, byte[] content, String sha256) {}
}
