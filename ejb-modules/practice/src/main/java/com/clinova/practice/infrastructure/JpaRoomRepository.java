package com.clinova.practice.infrastructure;

import com.clinova.practice.domain.Room;
import com.clinova.practice.domain.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {

    private static final Map<String, String> CONFLICTS =
            Map.of("room_tenant_location_name_key", "Another room at this location already has this name");

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public Optional<Room> find(UUID id) {
        return Optional.ofNullable(em.find(Room.class, id));
    }

    @Override
    public void add(Room room) {
        em.persist(room);
        save(room);
    }

    @Override
    public void save(Room room) {
        PersistenceFailures.flush(em, "Room", room.version(), CONFLICTS);
    }

    @Override
    public List<Room> atLocation(UUID locationId) {
        return em.createQuery("select r from Room r where r.locationId = :location order by r.name, r.id", Room.class)
                .setParameter("location", locationId)
                .getResultList();
    }
}
