package com.clinova.billing.infrastructure;

import com.clinova.billing.domain.Payment;
import com.clinova.billing.domain.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    public List<Payment> ofInvoice(UUID invoiceId) {
        return em.createQuery(
                        "select p from Payment p where p.invoiceId = :invoice order by p.receivedAt, p.id",
                        Payment.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }
}
