package com.clinova.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an {@link Attachment} (same id), kept in their own table. */
@Entity
@Table(schema = "clinic", name = "attachment_content")
public class AttachmentContent {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {}

    AttachmentContent(UUID id, UUID tenantId, byte[] content) {
        this.id = id;
        this.tenantId = tenantId;
        this.content = content;
    }

    public byte[] bytes() {
        return content;
    }
}
