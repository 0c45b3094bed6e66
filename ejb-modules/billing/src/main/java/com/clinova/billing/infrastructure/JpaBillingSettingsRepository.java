package com.clinova.billing.infrastructure;

import com.clinova.billing.domain.BillingSettings;
import com.clinova.billing.domain.BillingSettingsRepository;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaBillingSettingsRepository implements BillingSettingsRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public Optional<BillingSettings> find() {
        return Optional.ofNullable(
                em.find(BillingSettings.class, TenantContext.require().value()));
    }

    @Override
    public void add(BillingSettings settings) {
        em.persist(settings);
        flush(settings);
    }

    @Override
    public void save(BillingSettings settings) {
        flush(settings);
    }

    private void flush(BillingSettings settings) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Billing settings", settings.version());
        } catch (PersistenceException e) {
            // Two admins saving the first settings at once: the second finds them created.
            if (PersistenceFailures.isUniqueViolation(e)) {
                throw new StaleVersionException("Billing settings", 1);
            }
            throw e;
        }
    }
}
