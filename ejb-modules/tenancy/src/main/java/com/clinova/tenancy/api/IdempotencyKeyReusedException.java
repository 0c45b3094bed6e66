package com.clinova.tenancy.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** An idempotency key came back with a different request than the one it first carried. */
public class IdempotencyKeyReusedException extends ConflictException implements SpecificProblem {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for a different sign-up; send a new key for a new request.");
    }

    @Override
    public String problemSlug() {
        return "idempotency-key-reused";
    }

    @Override
    public String problemTitle() {
        return "Idempotency key reused";
    }
}
