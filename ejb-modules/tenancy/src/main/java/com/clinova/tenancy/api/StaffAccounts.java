package com.clinova.tenancy.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Sign-in of staff members of the tenant bound to the current unit of work. */
@Local
public interface StaffAccounts {

    /**
     * The active staff member with this username and password in the bound tenant; empty for an
     * unknown user, a wrong password or an inactive account (deliberately indistinguishable).
     */
    Optional<StaffMember> authenticate(String username, char[] password);

    /**
     * The active staff member with this username in the bound tenant, without a password: for
     * code that serves a caller the container has already authenticated and needs their account
     * (its id), not just their name and roles.
     */
    Optional<StaffMember> member(String username);
}
