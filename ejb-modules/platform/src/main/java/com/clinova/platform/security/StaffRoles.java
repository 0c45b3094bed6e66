package com.clinova.platform.security;

/** Staff role names, as compile-time constants so annotations such as {@code @RolesAllowed} can use them. */
public final class StaffRoles {

    public static final String CLINIC_ADMIN = "clinic-admin";
    public static final String PRACTITIONER = "practitioner";
    public static final String FRONT_DESK = "front-desk";
    public static final String BILLING = "billing";

    private StaffRoles() {}
}
