/**
 * Binds the current tenant to every database transaction opened through EclipseLink, which is the
 * only mechanism by which Clinova sets {@code app.tenant_id}. The setting is transaction-local
 * ({@code set_config(..., true)}), so it vanishes at commit or rollback and a pooled connection
 * never keeps a tenant; with no tenant bound the setting is empty and row-level security returns
 * no rows (fail closed).
 */
package com.clinova.platform.persistence;
