package com.clinova.records.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.AttachmentView;
import com.clinova.records.api.EncounterId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A file attached to an encounter, as described: safe name, real type, size and digest. Its bytes
 * are an {@link AttachmentContent} of the same id, so lists never load them. Never changes.
 */
@Entity
@Table(schema = "clinic", name = "encounter_attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private UUID encounterId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private UUID uploadedBy;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC, microseconds. */
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {}

    public static Attachment of(
            TenantId clinic, EncounterId encounter, AttachmentPolicy.UploadedFile file, Clinician by, Instant now) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.tenantId = clinic.value();
        attachment.encounterId = encounter.value();
        attachment.fileName = file.fileName();
        attachment.contentType = file.type().mediaType();
        attachment.sizeBytes = file.content().length;
        attachment.sha256 = file.sha256();
        attachment.uploadedBy = by.userId();
        attachment.uploadedAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return attachment;
    }

    /** The bytes of this attachment, to be stored alongside it. */
    public AttachmentContent content(byte[] bytes) {
        return new AttachmentContent(id, tenantId, bytes);
    }

    public AttachmentId id() {
        return new AttachmentId(id);
    }

    public EncounterId encounterId() {
        return new EncounterId(encounterId);
    }

    public AttachmentView view() {
        return new AttachmentView(
                new AttachmentId(id),
                new EncounterId(encounterId),
                fileName,
                contentType,
                sizeBytes,
                sha256,
                uploadedBy,
                uploadedAt.toInstant());
    }
}
