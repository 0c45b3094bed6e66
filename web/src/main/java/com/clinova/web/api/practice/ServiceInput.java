package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.OfferingService;
import com.clinova.practice.api.ServiceDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service as clients send it: {@code price} in the clinic's currency (the service keeps the
 * currency it was created with); {@code active} false deactivates it (absent keeps it active).
 */
public record ServiceInput(
        String name,
        String description,
        Integer durationMinutes,
        BigDecimal price,
        List<String> practitionerIds,
        List<String> roomIds,
        Boolean active) {

    /**
     * @throws RuleViolationException naming every id that is not one and, with them, every rule
     *     the readable rest breaks (asked of {@code services})
     */
    ServiceDetails details(OfferingService services) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> practitioners = ids("practitionerIds", practitionerIds, violations);
        Set<UUID> rooms = ids("roomIds", roomIds, violations);
        ServiceDetails details = new ServiceDetails(name, description, durationMinutes, price, practitioners, rooms);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(Violations.merge(violations, services.violationsOf(details)));
        }
        return details;
    }

    boolean isActive() {
        return active == null || active;
    }

    private static Set<UUID> ids(String field, List<String> texts, List<FieldViolation> violations) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (texts == null) {
            return ids;
        }
        for (String text : texts) {
            UUID id = Ids.ofField(field, text, violations);
            if (id != null) {
                ids.add(id);
            } else if (text == null || text.isBlank()) {
                violations.add(new FieldViolation(field, "must not contain empty ids"));
            }
        }
        return ids;
    }
}
