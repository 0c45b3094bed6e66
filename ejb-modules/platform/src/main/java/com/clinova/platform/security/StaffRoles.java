package com.clinova.platform.security;

import java.util.List;

/** Staff role names, as compile-time constants so annotations such as {@code @RolesAllowed} can use them. */
public final class StaffRoles {

    public static final String CLINIC_ADMIN = "clinic-admin";
    public static final String PRACTITIONER = "practitioner";
    public static final String FRONT_DESK = "front-desk";
    public static final String BILLING = "billing";

    /** Every staff role, e.g. to ask a container which of them a caller holds. */
    public static final List<String> ALL = List.of(CLINIC_ADMIN, PRACTITIONER, FRONT_DESK, BILLING);

    private StaffRoles() {}
}
