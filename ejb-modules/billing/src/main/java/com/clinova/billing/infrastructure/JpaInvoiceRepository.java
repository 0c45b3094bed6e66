package com.clinova.billing.infrastructure;

import com.clinova.billing.api.AppointmentNotBillableException;
import com.clinova.billing.api.AppointmentNotBillableException.Reason;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.PatientBalance;
import com.clinova.billing.domain.Invoice;
import com.clinova.billing.domain.InvoiceRepository;
import com.clinova.platform.error.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public Optional<Invoice> find(InvoiceId id) {
        return Optional.ofNullable(em.find(Invoice.class, id.value()));
    }

    @Override
    public Optional<Invoice> findForChange(InvoiceId id) {
        return Optional.ofNullable(em.find(Invoice.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Invoice invoice) {
        em.persist(invoice);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw translated(e, invoice);
        }
        em.refresh(invoice);
    }

    @Override
    public void save(Invoice invoice) {
        try {
            // Every change moves the version, also one that leaves the invoice row as it was.
            em.lock(invoice, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (PersistenceException e) {
            throw translated(e, invoice);
        }
        em.refresh(invoice); // the number and timestamps as stored
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Invoice> list(InvoiceQuery query) {
        InvoiceListSql sql = InvoiceListSql.of(query);
        Query nativeQuery = em.createNativeQuery(sql.text(), Invoice.class);
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            nativeQuery.setParameter(i + 1, parameters.get(i));
        }
        return nativeQuery.getResultList();
    }

    @Override
    public Set<UUID> billed(Collection<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select distinct l.appointmentId from InvoiceLine l"
                                + " where l.appointmentId in :ids and l.invoiceStatus <> 'void'",
                        UUID.class)
                .setParameter("ids", List.copyOf(appointmentIds))
                .getResultList());
    }

    @Override
    public PatientBalance balanceOf(UUID patientId, String currency) {
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(total), 0), coalesce(sum(amount_paid), 0),"
                        + " count(*) filter (where amount_paid < total)"
                        + " from clinic.invoice where patient_id = ? and status = 'issued'")
                .setParameter(1, patientId)
                .getSingleResult();
        BigDecimal invoiced = ((BigDecimal) row[0]).setScale(2);
        BigDecimal paid = ((BigDecimal) row[1]).setScale(2);
        return new PatientBalance(
                patientId, currency, invoiced, paid, invoiced.subtract(paid), ((Number) row[2]).intValue());
    }

    private static RuntimeException translated(PersistenceException e, Invoice invoice) {
        if (e instanceof OptimisticLockException) {
            return new StaleVersionException("Invoice", invoice.version());
        }
        if (PersistenceFailures.isUniqueViolation(e)) {
            // Only the billed-once index can collide on a new line: name the appointment it found.
            String message = PersistenceFailures.message(e);
            UUID taken = invoice.appointmentIds().stream()
                    .filter(id -> message.contains(id.toString()))
                    .findFirst()
                    .orElseGet(() -> invoice.appointmentIds().iterator().next());
            return new AppointmentNotBillableException(Reason.ALREADY_INVOICED, taken);
        }
        return e;
    }
}
