package com.clinova.records.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No attachment with this id in the current clinic. */
public class AttachmentNotFoundException extends ResourceNotFoundException {

    public AttachmentNotFoundException(AttachmentId id) {
        super("Attachment", id);
    }
}
