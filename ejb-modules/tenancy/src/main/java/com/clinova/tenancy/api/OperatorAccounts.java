package com.clinova.tenancy.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Sign-in of the platform realm: SaaS operators, who belong to no clinic. */
@Local
public interface OperatorAccounts {

    /** The active operator with this username and password; empty otherwise (indistinguishably). */
    Optional<Operator> authenticate(String username, char[] password);
}
