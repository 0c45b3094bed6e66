/**
 * JPA implementations of the billing repositories and the PDF renderer. Lists and sums are SQL on
 * indexes that lead with {@code tenant_id}; tenant filtering is left to row-level security, and
 * numbering to the database (V10). Nothing here decides a business rule.
 */
package com.clinova.billing.infrastructure;
