package com.clinova.records.api;

import com.clinova.platform.error.SpecificProblem;
import com.clinova.platform.error.UnsupportedContentTypeException;

/** The file's bytes are not a PDF, JPEG or PNG, whatever its name or declared type say. */
public class UnsupportedAttachmentTypeException extends UnsupportedContentTypeException implements SpecificProblem {

    public UnsupportedAttachmentTypeException() {
        super("Attachments must be PDF, JPEG or PNG files (judged by their content)");
    }

    @Override
    public String problemSlug() {
        return "unsupported-attachment-type";
    }

    @Override
    public String problemTitle() {
        return "Unsupported attachment type";
    }
}
