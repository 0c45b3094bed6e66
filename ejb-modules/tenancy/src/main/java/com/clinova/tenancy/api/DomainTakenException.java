package com.clinova.tenancy.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** Another clinic serves its portal at this domain, or this clinic has already claimed it. */
public class DomainTakenException extends ConflictException implements SpecificProblem {

    public DomainTakenException(String message) {
        super(message);
    }

    @Override
    public String problemSlug() {
        return "domain-taken";
    }

    @Override
    public String problemTitle() {
        return "Domain taken";
    }
}
