/**
 * The trail in PostgreSQL, through the {@code audit} persistence unit and native SQL (arrays and
 * the chain's own functions have no JPA mapping worth having). Appending is a plain INSERT of
 * what the caller knows; the table's trigger numbers, times and seals the row. Tenant filtering
 * is left to row-level security.
 */
package com.clinova.audit.infrastructure;
