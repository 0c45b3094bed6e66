package com.clinova.tenancy.api;

import java.util.Arrays;
import java.util.Optional;

/** The roles a clinic's staff member can hold; the names are the security role names. */
public enum StaffRole {
    CLINIC_ADMIN("clinic-admin"),
    PRACTITIONER("practitioner"),
    FRONT_DESK("front-desk"),
    BILLING("billing");

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<StaffRole> ofRoleName(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
