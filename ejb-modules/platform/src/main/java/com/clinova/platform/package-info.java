/**
 * Shared platform library of Clinova, deployed once in the EAR's {@code lib/} so every bounded
 * context sees the same classes: the tenant bound to the current unit of work, the binding of that
 * tenant to each database transaction, the error vocabulary the REST edge turns into RFC 9457
 * problems, and tenant-bound paging cursors. It holds no business rules and no clinic data.
 */
package com.clinova.platform;
