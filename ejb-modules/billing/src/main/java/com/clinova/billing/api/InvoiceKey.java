package com.clinova.billing.api;

import java.time.Instant;
import java.util.UUID;

/** Position of an invoice in the newest-first order used for keyset pagination. */
public record InvoiceKey(Instant createdAt, UUID id) {}
