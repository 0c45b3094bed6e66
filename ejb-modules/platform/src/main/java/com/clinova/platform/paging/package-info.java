/**
 * Opaque keyset-pagination cursors. A cursor carries the sort key of the last row a client saw,
 * the tenant it was issued for, and an HMAC so a client can neither forge one nor replay one
 * issued to another clinic.
 */
package com.clinova.platform.paging;
