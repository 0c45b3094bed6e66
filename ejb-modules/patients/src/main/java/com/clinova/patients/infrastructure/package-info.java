/**
 * JPA implementation of the patient repository. Searches are SQL so they can use PostgreSQL's
 * unaccent and keyset comparison on the {@code (tenant_id, search_name, id)} index; tenant
 * filtering is left to row-level security.
 */
package com.clinova.patients.infrastructure;
