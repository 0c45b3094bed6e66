package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.EntitlementRepository;
import com.clinova.tenancy.domain.EntitlementSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads entitlements as the application role, which may only select these platform tables. */
@ApplicationScoped
public class JpaEntitlementRepository implements EntitlementRepository {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<EntitlementSources> sourcesOf(UUID tenant) {
        Query query = em.createNativeQuery(EntitlementRows.SQL);
        for (int i = 1; i <= EntitlementRows.PARAMETERS; i++) {
            query.setParameter(i, tenant);
        }
        return EntitlementRows.read((List<Object[]>) query.getResultList());
    }
}
