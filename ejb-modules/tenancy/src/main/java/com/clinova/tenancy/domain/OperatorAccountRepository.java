package com.clinova.tenancy.domain;

import java.util.Optional;
import java.util.UUID;

/** The platform realm's accounts as stored; the hash never leaves the tenancy context. */
public interface OperatorAccountRepository {

    Optional<StoredOperator> findByUsername(String username);

    record StoredOperator(UUID id, String username, String displayName, String passwordHash, boolean active) {}
}
