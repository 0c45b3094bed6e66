package com.clinova.practice.infrastructure;

import com.clinova.practice.api.NameKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * Keyset pages of a clinic table in (name, id) order: the SQL row comparison uses the same
 * collation as the ORDER BY, so a page continues exactly after the last row of the one before.
 * Tenant filtering is row-level security's job.
 */
final class NameOrder {

    private NameOrder() {}

    @SuppressWarnings("unchecked")
    static <T> List<T> page(
            EntityManager em, Class<T> entity, String table, String nameColumn, Optional<NameKey> after, int limit) {
        String where = after.isPresent() ? " where (" + nameColumn + ", id) > (?, ?)" : "";
        Query query = em.createNativeQuery(
                "select * from clinic." + table + where + " order by " + nameColumn + ", id limit ?", entity);
        int position = 1;
        if (after.isPresent()) {
            query.setParameter(position++, after.get().name());
            query.setParameter(position++, after.get().id());
        }
        query.setParameter(position, limit + 1);
        return query.getResultList();
    }
}
