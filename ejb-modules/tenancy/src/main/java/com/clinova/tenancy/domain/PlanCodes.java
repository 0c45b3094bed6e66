package com.clinova.tenancy.domain;

import java.util.List;

/**
 * The plans a clinic can sign up for. The plan catalog (quotas, features) lives with the plans
 * work; onboarding only records the chosen code.
 */
public final class PlanCodes {

    public static final List<String> ALL = List.of("starter", "clinic", "enterprise");
    public static final String DEFAULT = "starter";

    private PlanCodes() {}
}
