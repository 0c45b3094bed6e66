package com.clinova.tenancy.api;

import com.clinova.platform.error.ContentTooLargeException;
import com.clinova.platform.error.SpecificProblem;

/** The uploaded logo has more bytes than the configured limit; nothing was stored. */
public class LogoTooLargeException extends ContentTooLargeException implements SpecificProblem {

    public LogoTooLargeException(long limitBytes) {
        super("A logo may have at most " + limitBytes + " bytes", limitBytes);
    }

    @Override
    public String problemSlug() {
        return "logo-too-large";
    }

    @Override
    public String problemTitle() {
        return "Logo too large";
    }
}
