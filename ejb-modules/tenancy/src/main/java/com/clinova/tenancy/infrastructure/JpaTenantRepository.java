package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.Tenant;
import com.clinova.tenancy.domain.TenantRepository;
import com.clinova.tenancy.domain.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Override
    public Optional<Tenant> findById(UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return first(em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultList());
    }

    @Override
    public Optional<Tenant> findByCustomDomain(String domain) {
        List<?> ids = em.createNativeQuery("select tenant from platform.tenant_domain where domain = ?")
                .setParameter(1, domain)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, (UUID) ids.get(0)));
    }

    @Override
    public Optional<TenantSettings> findSettings(UUID tenant) {
        return Optional.ofNullable(em.find(TenantSettings.class, tenant));
    }

    @Override
    public List<UUID> allIds() {
        return em.createQuery("select t.id from Tenant t order by t.id", UUID.class)
                .getResultList();
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
