/**
 * In-container (Arquillian) tests of the platform's tenant binding, where JTA, EclipseLink and
 * PostgreSQL row-level security meet: fail-closed without a tenant, no cache leak between
 * clinics, and no tenant surviving its transaction on a pooled connection.
 */
package it.com.clinova.binding;
