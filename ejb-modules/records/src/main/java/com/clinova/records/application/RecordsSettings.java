package com.clinova.records.application;

import com.clinova.records.domain.AttachmentPolicy;
import com.clinova.records.domain.RecordLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The records limits, as configured (Liberty variables / environment, MicroProfile Config). */
@ApplicationScoped
public class RecordsSettings {

    @Inject
    @ConfigProperty(name = "clinova.records.attachment.max-bytes", defaultValue = "10485760")
    long attachmentMaxBytes;

    @Inject
    @ConfigProperty(name = "clinova.records.encounter.max-notes", defaultValue = "100")
    int notesPerEncounter;

    @Inject
    @ConfigProperty(name = "clinova.records.encounter.max-attachments", defaultValue = "50")
    int attachmentsPerEncounter;

    private RecordLimits limits;

    /** Fails the deployment on a nonsensical limit rather than the first upload. */
    @PostConstruct
    void init() {
        limits = new RecordLimits(notesPerEncounter, attachmentsPerEncounter, new AttachmentPolicy(attachmentMaxBytes));
    }

    public RecordLimits limits() {
        return limits;
    }
}
