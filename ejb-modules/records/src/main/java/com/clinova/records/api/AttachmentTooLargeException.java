package com.clinova.records.api;

import com.clinova.platform.error.ContentTooLargeException;
import com.clinova.platform.error.SpecificProblem;

/** The file is larger than the configured attachment limit. */
public class AttachmentTooLargeException extends ContentTooLargeException implements SpecificProblem {

    public AttachmentTooLargeException(long limitBytes) {
        super("An attachment may have at most " + limitBytes + " bytes", limitBytes);
    }

    @Override
    public String problemSlug() {
        return "attachment-too-large";
    }

    @Override
    public String problemTitle() {
        return "Attachment too large";
    }
}
