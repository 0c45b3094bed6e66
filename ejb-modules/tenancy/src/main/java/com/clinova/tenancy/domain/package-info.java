/**
 * Tenancy's model: a clinic ({@link com.clinova.tenancy.domain.Tenant}) with its branding
 * settings, active custom domains and pending domain claims, the rule that maps a request host to
 * a clinic ({@link com.clinova.tenancy.domain.RequestHost}), the branding rules (logo content and
 * size, colour contrast, claimable domain names), and staff users. Platform tables are read before
 * any tenant is known; the application's writes to them are limited to the bound clinic by
 * row-level security (V14); staff users are ordinary RLS-scoped clinic data. Plans: {@link
 * com.clinova.tenancy.domain.EntitlementSources} turns a clinic's plan and overrides into what it
 * may do.
 */
package com.clinova.tenancy.domain;
