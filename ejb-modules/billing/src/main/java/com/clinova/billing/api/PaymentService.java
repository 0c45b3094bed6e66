package com.clinova.billing.api;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * Payments on the bound clinic's issued invoices and what patients owe, for billing staff and
 * clinic admins. Every call is recorded in the audit trail, naming the patient.
 */
@Local
public interface PaymentService {

    /**
     * Records a (possibly partial) payment on an issued invoice whose version {@code expected}
     * admits. The invoice row is locked while the open amount is checked, so two desks taking
     * money for one invoice at once cannot overpay it together.
     *
     * @throws InvoiceStateException ({@code NOT_ISSUED}) for a draft or void invoice
     * @throws OverpaymentException for more than the open amount
     * @throws RuleViolationException for an invalid amount, method or reference
     */
    PaymentReceipt record(InvoiceId invoice, ExpectedVersion expected, NewPayment payment);

    /** The rules this payment breaks on its own (empty when none), so every problem is reported at once. */
    List<FieldViolation> violationsOf(NewPayment payment);

    /** The invoice's payments, oldest first. @throws InvoiceNotFoundException for an unknown invoice */
    List<PaymentView> payments(InvoiceId invoice);

    /** @throws RuleViolationException for an unknown patient */
    PatientBalance balance(UUID patientId);
}
