package com.clinova.practice.infrastructure;

import com.clinova.practice.api.NameKey;
import com.clinova.practice.domain.ServiceOffering;
import com.clinova.practice.domain.ServiceOfferingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaServiceOfferingRepository implements ServiceOfferingRepository {

    private static final Map<String, String> CONFLICTS =
            Map.of("service_tenant_name_key", "Another service of this clinic already has this name");

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<ServiceOffering> find(UUID id) {
        return Optional.ofNullable(em.find(ServiceOffering.class, id));
    }

    @Override
    public void add(ServiceOffering service) {
        em.persist(service);
        save(service);
    }

    @Override
    public void save(ServiceOffering service) {
        PersistenceFailures.flush(em, "Service", service.version(), CONFLICTS);
    }

    @Override
    public List<ServiceOffering> all() {
        return em.createQuery("select s from ServiceOffering s order by s.name, s.id", ServiceOffering.class)
                .getResultList();
    }

    @Override
    public List<ServiceOffering> list(Optional<NameKey> after, int limit) {
        return NameOrder.page(em, ServiceOffering.class, "service", "name", after, limit);
    }
}
