package com.clinova.tenancy.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The bound clinic's custom domains (clinic admins only). Claiming a domain issues a token to
 * publish as a DNS TXT record at {@code _clinova-challenge.<domain>}; verifying looks it up and,
 * when found, makes the domain active, unless another clinic holds it already. Removing a domain
 * stops it resolving at once.
 */
@Local
public interface CustomDomainService {

    /** Active domains first, then pending claims, each by name. */
    List<CustomDomainView> domains();

    /** @throws com.clinova.platform.error.ResourceNotFoundException unless the clinic has claimed it */
    CustomDomainView domain(String domain);

    /**
     * @throws com.clinova.platform.error.RuleViolationException (field {@code domain}) for a name a clinic may not claim
     * @throws DomainTakenException when another clinic serves it or this one has claimed it already
     */
    CustomDomainView claim(String domain);

    /** @throws DomainNotVerifiedException when the record is missing or holds another value */
    CustomDomainView verify(String domain);

    void remove(String domain);
}
