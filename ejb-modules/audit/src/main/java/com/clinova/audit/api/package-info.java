/**
 * The audit context as other code may use it: {@link com.clinova.audit.api.AuditTrail} to record
 * an access (every context that reads or writes patient data calls it, in the transaction that
 * accessed the data) and the immutable records it takes.
 */
package com.clinova.audit.api;
