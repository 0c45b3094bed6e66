package com.clinova.tenancy.application;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.CustomDomainService;
import com.clinova.tenancy.api.CustomDomainView;
import com.clinova.tenancy.api.DomainNotVerifiedException;
import com.clinova.tenancy.api.DomainTakenException;
import com.clinova.tenancy.domain.ActiveDomain;
import com.clinova.tenancy.domain.BrandingRepository;
import com.clinova.tenancy.domain.DomainClaim;
import com.clinova.tenancy.domain.DomainName;
import com.clinova.tenancy.domain.DomainVerifier;
import com.clinova.tenancy.domain.DomainVerifier.DnsLookupFailedException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Custom domains of the bound clinic. Another clinic's domain is never confirmed to exist beyond
 * "taken" when claiming it (which the clinic needs to know), and never shown, verified or removed.
 */
@Stateless
@DeclareRoles(CLINIC_ADMIN)
@RolesAllowed(CLINIC_ADMIN)
public class DefaultCustomDomainService implements CustomDomainService {

    @Inject
    BrandingRepository repository;

    @Inject
    DomainVerifier verifier;

    @EJB
    DomainChecks checks;

    @Inject
    @ConfigProperty(name = "clinova.base-domain", defaultValue = "localhost")
    String baseDomain;

    @Override
    public List<CustomDomainView> domains() {
        List<CustomDomainView> views = new ArrayList<>();
        repository.activeDomains(me()).forEach(d -> views.add(active(d)));
        repository.claims().forEach(c -> views.add(pending(c)));
        return views;
    }

    @Override
    public CustomDomainView domain(String domain) {
        DomainName name = existing(domain);
        Optional<ActiveDomain> active = ownActive(name);
        if (active.isPresent()) {
            return active(active.get());
        }
        return repository
                .claim(name.value())
                .map(DefaultCustomDomainService::pending)
                .orElseThrow(() -> notFound(domain));
    }

    @Override
    public CustomDomainView claim(String domain) {
        DomainName.Result parsed = DomainName.parse(domain, baseDomain);
        DomainName name = parsed.name().orElseThrow(() -> new RuleViolationException("domain", parsed.problem()));
        Optional<ActiveDomain> active = repository.activeDomain(name.value());
        if (active.isPresent()) {
            throw new DomainTakenException(
                    active.get().tenant().equals(me())
                            ? name.value() + " is already active for this clinic"
                            : name.value() + " is served by another clinic");
        }
        if (repository.claim(name.value()).isPresent()) {
            throw new DomainTakenException(name.value() + " is already claimed by this clinic: verify it");
        }
        DomainClaim claim = DomainClaim.of(me(), name, Instant.now());
        repository.add(claim);
        return pending(claim);
    }

    @Override
    public CustomDomainView verify(String domain) {
        DomainName name = existing(domain);
        Optional<ActiveDomain> own = ownActive(name);
        if (own.isPresent()) {
            return active(own.get());
        }
        DomainClaim claim = repository.claim(name.value()).orElseThrow(() -> notFound(domain));
        String failure = failureOf(claim);
        if (failure != null) {
            checks.record(claim.domain(), Instant.now(), failure);
            throw new DomainNotVerifiedException(failure, claim.recordName(), claim.recordValue());
        }
        if (repository.activeDomain(name.value()).isPresent()) {
            throw new DomainTakenException(name.value() + " is served by another clinic");
        }
        ActiveDomain activated = ActiveDomain.verified(claim, Instant.now());
        repository.remove(claim);
        if (!repository.activate(activated)) {
            throw new DomainTakenException(name.value() + " is served by another clinic");
        }
        return active(activated);
    }

    @Override
    public void remove(String domain) {
        DomainName name = existing(domain);
        Optional<ActiveDomain> active = ownActive(name);
        Optional<DomainClaim> claim = repository.claim(name.value());
        if (active.isEmpty() && claim.isEmpty()) {
            throw notFound(domain);
        }
        active.ifPresent(repository::remove);
        claim.ifPresent(repository::remove);
    }

    private String failureOf(DomainClaim claim) {
        List<String> texts;
        try {
            texts = verifier.txtRecords(claim.recordName());
        } catch (DnsLookupFailedException e) {
            return "The DNS lookup of " + claim.recordName() + " failed; try again later";
        }
        if (texts.contains(claim.recordValue())) {
            return null;
        }
        return texts.isEmpty()
                ? "No TXT record found at " + claim.recordName()
                : "The TXT records at " + claim.recordName() + " do not hold this clinic's token";
    }

    private Optional<ActiveDomain> ownActive(DomainName name) {
        return repository.activeDomain(name.value()).filter(d -> d.tenant().equals(me()));
    }

    /** A name as a path segment: anything that is not a valid domain cannot have been claimed. */
    private DomainName existing(String domain) {
        return DomainName.parse(domain, baseDomain).name().orElseThrow(() -> notFound(domain));
    }

    private static ResourceNotFoundException notFound(String domain) {
        return new ResourceNotFoundException("Custom domain", domain);
    }

    private static UUID me() {
        return TenantContext.require().value();
    }

    private static CustomDomainView active(ActiveDomain d) {
        return new CustomDomainView(d.domain(), CustomDomainView.ACTIVE, null, null, null, null);
    }

    private static CustomDomainView pending(DomainClaim c) {
        return new CustomDomainView(
                c.domain(), CustomDomainView.PENDING, c.recordName(), c.recordValue(), c.checkedAt(), c.failure());
    }
}
