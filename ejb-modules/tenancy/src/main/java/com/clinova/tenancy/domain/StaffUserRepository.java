package com.clinova.tenancy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff users of the tenant bound to the current transaction (row-level security applies). */
public interface StaffUserRepository {

    Optional<StaffUser> findByUsername(String username);

    Optional<StaffUser> findById(UUID id);

    /** Every staff user of the tenant, ordered by display name. */
    List<StaffUser> findAll();
}
