package com.clinova.records.domain;

import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.EncounterId;
import java.util.List;
import java.util.Optional;

/** Attachments of the clinic bound to the current transaction. */
public interface AttachmentRepository {

    /** Stores an attachment and its bytes now. */
    void add(Attachment attachment, AttachmentContent content);

    Optional<Attachment> find(AttachmentId id);

    Optional<AttachmentContent> content(AttachmentId id);

    /** The encounter's attachments, oldest first. */
    List<Attachment> ofEncounter(EncounterId encounter);

    long countIn(EncounterId encounter);
}
