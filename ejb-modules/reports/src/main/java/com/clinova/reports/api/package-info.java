/**
 * The reports as the portal and the REST API ask for them: {@link com.clinova.reports.api.ReportService}
 * and the immutable rows it returns. Reports only read; they never change clinic data.
 */
package com.clinova.reports.api;
