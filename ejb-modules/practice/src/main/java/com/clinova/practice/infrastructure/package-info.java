/**
 * JPA implementations of the practice repositories (persistence unit {@code practice}). They
 * flush inside each call so database constraints (unique names, one practitioner per account, no
 * overlapping working hours) surface as conflicts there; tenant filtering is left to row-level
 * security.
 */
package com.clinova.practice.infrastructure;
