/**
 * The audit context as other code may use it: {@link com.clinova.audit.api.AuditTrail} to record
 * an access (every context that reads or writes patient data calls it, in the transaction that
 * accessed the data), {@link com.clinova.audit.api.AuditLog} to query, export and verify the
 * trail (the web module, for clinic administrators), and the immutable records they take and
 * return.
 */
package com.clinova.audit.api;
