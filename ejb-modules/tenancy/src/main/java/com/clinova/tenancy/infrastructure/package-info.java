/**
 * JPA implementations of tenancy's repositories, and the DNS TXT lookup for custom-domain
 * verification (dnsjava, against a configurable resolver, no cache). Staff users are read with
 * SQL because their roles are a PostgreSQL array; row-level security scopes them to the bound
 * tenant, and the branding and domain writes likewise.
 */
package com.clinova.tenancy.infrastructure;
