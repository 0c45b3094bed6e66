package com.clinova.tenancy.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/** The verification record was not found (or held another value); the domain stays pending. */
public class DomainNotVerifiedException extends ConflictException implements SpecificProblem {

    private final String recordName;
    private final String recordValue;

    public DomainNotVerifiedException(String message, String recordName, String recordValue) {
        super(message);
        this.recordName = recordName;
        this.recordValue = recordValue;
    }

    @Override
    public String problemSlug() {
        return "domain-not-verified";
    }

    @Override
    public String problemTitle() {
        return "Domain not verified";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("recordType", "TXT", "recordName", recordName, "recordValue", recordValue);
    }
}
