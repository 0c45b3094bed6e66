/**
 * JPA implementations of tenancy's repositories, and the DNS TXT lookup for custom-domain
 * verification (dnsjava, against a configurable resolver, no cache). Staff users are read with
 * SQL because their roles are a PostgreSQL array; row-level security scopes them to the bound
 * tenant, and the branding and domain writes likewise.
 * Entitlements are read in one statement ({@code EntitlementRows}); the operator's plan and override
 * changes run on the platform role's data source through plain JDBC ({@code Jdbc*}), because the
 * application's persistence unit connects as the application role, which may only read them.
 */
package com.clinova.tenancy.infrastructure;
