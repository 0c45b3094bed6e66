package com.clinova.tenancy.domain;

import java.util.Optional;

/** Staff users of the tenant bound to the current transaction (row-level security applies). */
public interface StaffUserRepository {

    Optional<StaffUser> findByUsername(String username);
}
