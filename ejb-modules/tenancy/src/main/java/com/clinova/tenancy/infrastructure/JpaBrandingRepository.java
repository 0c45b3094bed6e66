package com.clinova.tenancy.infrastructure;

import com.clinova.platform.error.StaleVersionException;
import com.clinova.tenancy.domain.ActiveDomain;
import com.clinova.tenancy.domain.BrandingRepository;
import com.clinova.tenancy.domain.DomainClaim;
import com.clinova.tenancy.domain.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaBrandingRepository implements BrandingRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Override
    public Optional<TenantSettings> settings(UUID tenant) {
        return Optional.ofNullable(em.find(TenantSettings.class, tenant));
    }

    @Override
    public TenantSettings saved(TenantSettings settings) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("The branding", settings.version());
        }
        em.refresh(settings);
        return settings;
    }

    @Override
    public List<ActiveDomain> activeDomains(UUID tenant) {
        return em.createQuery(
                        "select d from ActiveDomain d where d.tenant = :tenant order by d.domain", ActiveDomain.class)
                .setParameter("tenant", tenant)
                .getResultList();
    }

    @Override
    public Optional<ActiveDomain> activeDomain(String domain) {
        return Optional.ofNullable(em.find(ActiveDomain.class, domain));
    }

    @Override
    public List<DomainClaim> claims() {
        // Row-level security shows the bound clinic's claims only.
        return em.createQuery("select c from DomainClaim c order by c.domain", DomainClaim.class)
                .getResultList();
    }

    @Override
    public Optional<DomainClaim> claim(String domain) {
        List<DomainClaim> found = em.createQuery(
                        "select c from DomainClaim c where c.domain = :domain", DomainClaim.class)
                .setParameter("domain", domain)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void add(DomainClaim claim) {
        em.persist(claim);
        em.flush();
    }

    @Override
    public void remove(DomainClaim claim) {
        em.remove(claim);
        em.flush();
    }

    @Override
    public boolean activate(ActiveDomain domain) {
        try {
            em.persist(domain);
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void remove(ActiveDomain domain) {
        em.remove(domain);
        em.flush();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
