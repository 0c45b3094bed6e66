package com.clinova.records.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** Only a signed note can be amended: a draft is still edited, an amendment is amended via its note. */
public class AmendmentNotAllowedException extends ConflictException implements SpecificProblem {

    public AmendmentNotAllowedException(String message) {
        super(message);
    }

    @Override
    public String problemSlug() {
        return "amendment-not-allowed";
    }

    @Override
    public String problemTitle() {
        return "Amendment not allowed";
    }
}
