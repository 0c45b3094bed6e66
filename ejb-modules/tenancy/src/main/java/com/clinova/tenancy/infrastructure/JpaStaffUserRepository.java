package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.StaffUser;
import com.clinova.tenancy.domain.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    private static final String COLUMNS = "select id, username, display_name, password_hash,"
            + " array_to_string(roles, ','), active from clinic.app_user";
    private static final String BY_USERNAME = COLUMNS + " where username = ?";
    private static final String BY_ID = COLUMNS + " where id = ?";
    private static final String ALL = COLUMNS + " order by display_name, id";

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Override
    public Optional<StaffUser> findByUsername(String username) {
        List<?> rows =
                em.createNativeQuery(BY_USERNAME).setParameter(1, username).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toUser((Object[]) rows.get(0)));
    }

    @Override
    public Optional<StaffUser> findById(UUID id) {
        List<?> rows = em.createNativeQuery(BY_ID).setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toUser((Object[]) rows.get(0)));
    }

    @Override
    public List<StaffUser> findAll() {
        List<?> rows = em.createNativeQuery(ALL).getResultList();
        return rows.stream().map(row -> toUser((Object[]) row)).toList();
    }

    private static StaffUser toUser(Object[] row) {
        return new StaffUser(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                Set.copyOf(Arrays.asList(((String) row[4]).split(","))),
                (Boolean) row[5]);
    }
}
