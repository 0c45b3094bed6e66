/**
 * JPA implementations of tenancy's repositories. Staff users are read with SQL because their
 * roles are a PostgreSQL array; row-level security scopes them to the bound tenant. Entitlements
 * are read in one statement ({@code EntitlementRows}); the operator's plan and override changes run
 * on the platform role's data source through plain JDBC ({@code Jdbc*}), because the application's
 * persistence unit connects as the application role, which may only read them.
 */
package com.clinova.tenancy.infrastructure;
