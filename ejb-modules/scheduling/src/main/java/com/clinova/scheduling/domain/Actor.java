package com.clinova.scheduling.domain;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The staff member acting: their account, their roles and, when the account is a
 * practitioner's, that practitioner (whose own appointments they may run).
 */
public record Actor(UUID userId, Set<String> roles, Optional<UUID> practitionerId) {

    public Actor {
        Objects.requireNonNull(userId, "user id");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(practitionerId, "practitioner id");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Clinic admins and front desk run the book of appointments. */
    public boolean isDesk() {
        return hasRole(CLINIC_ADMIN) || hasRole(FRONT_DESK);
    }

    /** Signed in with the practitioner role as this very practitioner. */
    public boolean isPractitioner(UUID practitioner) {
        return hasRole(PRACTITIONER)
                && practitionerId.filter(practitioner::equals).isPresent();
    }
}
