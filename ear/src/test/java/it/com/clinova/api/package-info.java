/**
 * Black-box HTTP tests of the clinic API against the assembled EAR on a real Liberty and
 * PostgreSQL: every endpoint, every error path, and the cross-tenant suite that discovers the
 * operations from the OpenAPI document and fails for any operation without a probe. The clinic is
 * named only by the Host header, exactly as clients do.
 */
package it.com.clinova.api;
