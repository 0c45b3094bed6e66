/**
 * The clinic's plan in the product: gating API resources by feature ({@link
 * com.clinova.web.plan.RequiresFeature}, 403 {@code feature-disabled}), the 80 % quota warning
 * header, and what the portal shows or hides by plan ({@link com.clinova.web.plan.PortalPlan}).
 * Decisions come from {@code com.clinova.tenancy.api.Entitlements}; nothing here stores them.
 */
package com.clinova.web.plan;
