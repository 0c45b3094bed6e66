package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** A payment to record against an issued invoice. */
public record NewPayment(PaymentMethod method, BigDecimal amount, String reference) implements Serializable {}
