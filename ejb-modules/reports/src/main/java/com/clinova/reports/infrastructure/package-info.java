/**
 * The read side's queries: native SQL over the report functions of migration V11, through the
 * {@code reports} persistence unit on the read-only data source {@code jdbc/clinovaReports}.
 * This is the one place that reads several contexts' tables together; it must never write.
 */
package com.clinova.reports.infrastructure;
