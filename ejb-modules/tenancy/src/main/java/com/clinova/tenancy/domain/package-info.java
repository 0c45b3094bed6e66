/**
 * Tenancy's model: a clinic ({@link com.clinova.tenancy.domain.Tenant}) with its branding
 * settings and custom domains, the rule that maps a request host to a clinic ({@link
 * com.clinova.tenancy.domain.RequestHost}), and staff users. Platform tables are not row-level
 * secured (they are read before any tenant is known); staff users are. Plans: {@link
 * com.clinova.tenancy.domain.EntitlementSources} turns a clinic's plan and overrides into what it
 * may do.
 */
package com.clinova.tenancy.domain;
