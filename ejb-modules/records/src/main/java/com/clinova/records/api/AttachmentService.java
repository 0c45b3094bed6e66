package com.clinova.records.api;

import com.clinova.platform.error.RuleViolationException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Files attached to encounters: PDF, JPEG or PNG (judged by their bytes) up to a configured size.
 * Practitioners upload; they and clinic admins list and download. Attachments never change.
 */
@Local
public interface AttachmentService {

    /**
     * Stores a file in an encounter.
     *
     * @throws EncounterNotFoundException for an unknown encounter
     * @throws RuleViolationException for an empty file or a missing name
     * @throws AttachmentTooLargeException above {@link #maxBytes()}
     * @throws UnsupportedAttachmentTypeException when the bytes are not PDF, JPEG or PNG
     * @throws EncounterFullException when the encounter has as many attachments as it may
     */
    AttachmentView upload(EncounterId encounter, String fileName, byte[] content);

    /** The encounter's attachments, oldest first. */
    List<AttachmentView> ofEncounter(EncounterId encounter);

    Optional<AttachmentFile> download(AttachmentId id);

    /** The largest file accepted, so an edge can stop reading a body that exceeds it. */
    long maxBytes();
}
