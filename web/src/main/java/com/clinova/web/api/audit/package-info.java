/**
 * The audit trail's REST resources ({@code /api/v1/audit}), for clinic administrators only:
 * query, CSV export and chain verification over the audit context's {@code api}. Resources here
 * translate between HTTP and the context's records and nothing more; the CSV format (escaping,
 * spreadsheet formula neutralisation) lives here too, because it is presentation.
 */
package com.clinova.web.api.audit;
