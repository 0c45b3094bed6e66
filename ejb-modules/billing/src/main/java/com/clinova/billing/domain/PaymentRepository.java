package com.clinova.billing.domain;

import java.util.List;
import java.util.UUID;

/** Payments of the clinic bound to the current transaction. */
public interface PaymentRepository {

    void add(Payment payment);

    /** The invoice's payments, oldest first. */
    List<Payment> ofInvoice(UUID invoiceId);
}
