package com.clinova.practice.infrastructure;

import com.clinova.practice.api.NameKey;
import com.clinova.practice.domain.Location;
import com.clinova.practice.domain.LocationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaLocationRepository implements LocationRepository {

    private static final Map<String, String> CONFLICTS =
            Map.of("location_tenant_name_key", "Another location of this clinic already has this name");

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<Location> find(UUID id) {
        return Optional.ofNullable(em.find(Location.class, id));
    }

    @Override
    public void add(Location location) {
        em.persist(location);
        save(location);
    }

    @Override
    public void save(Location location) {
        PersistenceFailures.flush(em, "Location", location.version(), CONFLICTS);
    }

    @Override
    public List<Location> all() {
        return em.createQuery("select l from Location l order by l.name, l.id", Location.class)
                .getResultList();
    }

    @Override
    public List<Location> list(Optional<NameKey> after, int limit) {
        return NameOrder.page(em, Location.class, "location", "name", after, limit);
    }
}
