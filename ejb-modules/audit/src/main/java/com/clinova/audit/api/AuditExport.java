package com.clinova.audit.api;

/**
 * An export in progress: the filter and the last sequence number it covers, fixed when the
 * export began, so rows appended while it streams (its own included) never make it longer.
 */
public record AuditExport(AuditFilter filter, long upToSequence) {}
