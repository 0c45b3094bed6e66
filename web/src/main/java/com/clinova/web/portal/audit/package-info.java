/**
 * The portal's access log ({@code app/access-log.xhtml}) for clinic administrators: who accessed
 * which patient's data, filtered by patient, staff member and dates, exported as CSV, and the
 * verification of the clinic's hash chain. Beans here translate between the page and the audit
 * context's {@code api}; the role check the API makes is repeated here, and view state holds only
 * plain serializable values (sessions are shared between nodes).
 */
package com.clinova.web.portal.audit;
