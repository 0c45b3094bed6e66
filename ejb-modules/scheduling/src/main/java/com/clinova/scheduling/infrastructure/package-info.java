/**
 * JPA implementation of the appointment repository. Reads that pick appointments by time are SQL
 * over the {@code (tenant_id, …, starts_at)} indexes; a write the database refuses because the
 * time is taken (exclusion constraint, SQLState 23P01) becomes an exception naming the taken
 * resource. Tenant filtering is left to row-level security.
 */
package com.clinova.scheduling.infrastructure;
