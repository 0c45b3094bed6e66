/**
 * The error vocabulary shared by all bounded contexts. Each exception names a kind of failure the
 * client caused (not found, conflict, stale version, broken rule); the REST edge maps each kind to
 * one RFC 9457 problem type and status. They are EJB application exceptions that roll the
 * transaction back, so bad input never changes anything.
 */
package com.clinova.platform.error;
