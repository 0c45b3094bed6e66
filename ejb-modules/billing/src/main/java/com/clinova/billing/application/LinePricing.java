package com.clinova.billing.application;

import com.clinova.billing.api.NewLine;
import com.clinova.billing.domain.LineDraft;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.ServiceView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Completes an extra line from the catalogue: a line naming a service takes the service's name
 * and price unless it gives its own. The line's own rules are the domain's ({@code LineRules}).
 */
@ApplicationScoped
public class LinePricing {

    @EJB
    PracticeCatalog catalog;

    @Inject
    ClinicFacts clinic;

    /** @throws RuleViolationException for a service that is not this clinic's or not in its currency */
    LineDraft draftOf(NewLine line) {
        if (line == null) {
            throw new RuleViolationException("body", "is required");
        }
        Optional<ServiceView> service = Optional.ofNullable(line.serviceId()).map(this::service);
        String description = line.description() != null || service.isEmpty()
                ? line.description()
                : service.get().name();
        BigDecimal price = line.unitPrice() != null || service.isEmpty()
                ? line.unitPrice()
                : service.get().price();
        return new LineDraft(
                null,
                line.serviceId(),
                null,
                description,
                line.quantity() == null ? Integer.valueOf(1) : line.quantity(),
                price,
                line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent());
    }

    private ServiceView service(java.util.UUID serviceId) {
        ServiceView service = catalog.service(serviceId)
                .orElseThrow(() -> new RuleViolationException("serviceId", "is not a service of this clinic"));
        String currency = clinic.profile().currency();
        if (!service.currency().equals(currency)) {
            throw new RuleViolationException(
                    "serviceId", "is priced in " + service.currency() + "; this clinic bills in " + currency);
        }
        return service;
    }
}
