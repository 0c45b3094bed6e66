/**
 * The billing pages of the portal: a patient's billing (what can be invoiced, invoices, balance),
 * an invoice (lines, issue, void, payments, PDF), the list of the clinic's invoices and the billing
 * settings. Views only: every rule, role and audit entry is the billing context's, reached through
 * {@link com.clinova.web.portal.billing.PortalBilling}; this package must not decide any of them.
 */
package com.clinova.web.portal.billing;
