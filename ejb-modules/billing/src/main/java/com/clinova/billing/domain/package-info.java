/**
 * The invoice aggregate (with its lines), payments and the clinic's billing settings, and the
 * money rules they obey. {@link com.clinova.billing.domain.Invoice} guards its invariants on
 * every change; amounts are computed by {@link com.clinova.billing.domain.Amounts} with one
 * documented rounding. Repository interfaces live here, their JPA implementations in
 * infrastructure. Nothing here reads other contexts or the tenant: callers pass what is needed.
 */
package com.clinova.billing.domain;
