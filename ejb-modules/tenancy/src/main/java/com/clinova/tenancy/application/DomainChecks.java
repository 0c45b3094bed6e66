package com.clinova.tenancy.application;

import com.clinova.tenancy.domain.BrandingRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Notes the outcome of a verification attempt on the claim in a transaction of its own, so a
 * failed attempt (whose own transaction rolls back with the error) still shows when and why.
 */
@Stateless
public class DomainChecks {

    @Inject
    BrandingRepository repository;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String domain, Instant at, String failure) {
        repository.claim(domain).ifPresent(claim -> claim.checked(at, failure));
    }
}
