/**
 * What other parts of Clinova may use from tenancy: resolving a host to a {@link
 * com.clinova.tenancy.api.TenantProfile}, the tenant's logo, and authenticating a staff member of
 * the bound tenant. Only immutable views cross this boundary, never entities.
 */
package com.clinova.tenancy.api;
