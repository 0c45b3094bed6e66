package com.clinova.tenancy.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff accounts of the clinic bound to the current unit of work, for contexts that refer to
 * an account by id (a practitioner signs in with one). Another clinic's account is not found.
 */
@Local
public interface StaffDirectory {

    Optional<StaffAccount> account(UUID id);

    /** Every account of the clinic, active or not, by display name. */
    List<StaffAccount> accounts();
}
