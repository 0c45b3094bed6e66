package com.clinova.billing.api;

import java.io.Serializable;

/** A recorded payment and its invoice as the payment left it (new amount paid and version). */
public record PaymentReceipt(PaymentView payment, InvoiceView invoice) implements Serializable {}
