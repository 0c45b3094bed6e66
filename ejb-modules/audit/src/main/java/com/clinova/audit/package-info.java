/**
 * Audit: the clinic's trail of every access to patient data — who, with which roles, what, which
 * patients, when, from where and in which request — append-only and hash-chained per clinic in
 * the database, and the clinic administrators' questions about it (who accessed patient X, an
 * export, a verification of the chain). Other contexts record accesses through {@link
 * com.clinova.audit.api.AuditTrail} in the transaction that accessed the data.
 */
package com.clinova.audit;
