package com.clinova.billing.domain;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.PatientBalance;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Invoices of the clinic bound to the current transaction. */
public interface InvoiceRepository {

    Optional<Invoice> find(InvoiceId id);

    /**
     * The invoice, its row locked until the transaction ends, so that changes to one invoice
     * (payments in particular) are made one after the other, each on the current state.
     */
    Optional<Invoice> findForChange(InvoiceId id);

    /**
     * Stores a new invoice now, so that an appointment another invoice bills fails inside this call.
     *
     * @throws com.clinova.billing.api.AppointmentNotBillableException when the database finds an
     *     appointment on another invoice that is not void
     */
    void add(Invoice invoice);

    /** Flushes changes of a loaded invoice and reads back what the database set (the number). */
    void save(Invoice invoice);

    /** Up to {@code query.limit() + 1} invoices newest first, so callers can tell if more follow. */
    List<Invoice> list(InvoiceQuery query);

    /** Which of these appointments an invoice that is not void already bills. */
    Set<UUID> billed(Collection<UUID> appointmentIds);

    /** Sums of the patient's issued invoices, in the clinic's currency. */
    PatientBalance balanceOf(UUID patientId, String currency);
}
