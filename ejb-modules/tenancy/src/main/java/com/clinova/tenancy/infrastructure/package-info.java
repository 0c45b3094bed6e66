/**
 * JPA implementations of tenancy's repositories. Staff users are read with SQL because their
 * roles are a PostgreSQL array; row-level security scopes them to the bound tenant.
 */
package com.clinova.tenancy.infrastructure;
