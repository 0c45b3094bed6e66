/**
 * What other parts of Clinova may use from tenancy: resolving a host to a {@link
 * com.clinova.tenancy.api.TenantProfile}, the tenant's logo, authenticating a staff member of the
 * bound tenant, and the bound clinic's branding and custom domains ({@link
 * com.clinova.tenancy.api.BrandingService}, {@link com.clinova.tenancy.api.CustomDomainService}).
 * Only immutable views cross this boundary, never entities.
 */
package com.clinova.tenancy.api;
