/**
 * Who may read which report, and the access trail for reports that show patients. Report
 * queries run in their own read-only transactions, apart from any write.
 */
package com.clinova.reports.application;
