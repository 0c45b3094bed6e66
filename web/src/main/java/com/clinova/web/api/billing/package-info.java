/**
 * The billing REST API: billing settings, invoices (drafts from completed appointments, lines,
 * issue, void, PDF), payments and patient balances. Resources are thin: they read requests into
 * the billing api's inputs (every unreadable field named at once), call its services and shape
 * the answers; rules, roles and auditing are the billing context's. Amounts travel as decimal
 * strings ("60.50"), never as JSON numbers a client might read into floating point.
 */
package com.clinova.web.api.billing;
