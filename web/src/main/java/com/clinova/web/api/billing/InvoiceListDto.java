package com.clinova.web.api.billing;

import java.util.List;

/** One page of invoices, newest first; {@code nextCursor} is absent on the last page. */
public record InvoiceListDto(List<InvoiceSummaryDto> items, String nextCursor, int limit) {}
