/**
 * What other parts of Clinova may use from tenancy: resolving a host to a {@link
 * com.clinova.tenancy.api.TenantProfile}, the tenant's logo, and authenticating a staff member of
 * the bound tenant; the bound clinic's branding and custom domains ({@link
 * com.clinova.tenancy.api.BrandingService}, {@link com.clinova.tenancy.api.CustomDomainService});
 * what the bound clinic's plan allows ({@link com.clinova.tenancy.api.Entitlements}: features and
 * quotas, with the 403 problems that refuse them); and the operator's plan catalog and per-clinic
 * overrides ({@link com.clinova.tenancy.api.PlanCatalog}, {@link
 * com.clinova.tenancy.api.TenantEntitlementsAdmin}), and the console's audited use cases on them
 * ({@link com.clinova.tenancy.api.PlanAdministration}). Only immutable views cross this boundary,
 * never entities.
 */
package com.clinova.tenancy.api;
