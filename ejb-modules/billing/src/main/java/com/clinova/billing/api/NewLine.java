package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line to add to a draft: either a service of the clinic's catalogue ({@code serviceId}; its
 * name and price are the catalogue's unless {@code description} or {@code unitPrice} say
 * otherwise) or a free line (description and unit price). Quantity defaults to 1, the discount
 * (percent of the line) to 0.
 */
public record NewLine(
        UUID serviceId, String description, BigDecimal unitPrice, Integer quantity, BigDecimal discountPercent)
        implements Serializable {}
