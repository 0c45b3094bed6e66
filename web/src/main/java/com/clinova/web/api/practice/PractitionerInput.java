package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.PractitionerDetails;
import com.clinova.practice.api.PractitionerService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A practitioner as clients send it. {@code userId} links the staff account they sign in with
 * (absent or null: none); {@code active} false deactivates (absent keeps active).
 */
public record PractitionerInput(String displayName, String specialty, String colour, String userId, Boolean active) {

    PractitionerDetails details() {
        return new PractitionerDetails(displayName, specialty, colour);
    }

    /**
     * @throws RuleViolationException when {@code userId} is not an id, naming with it every rule
     *     the rest breaks (asked of {@code practitioners})
     */
    Optional<UUID> account(PractitionerService practitioners) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID id = Ids.ofField("userId", userId, violations);
        if (!violations.isEmpty()) {
            violations.addAll(practitioners.violationsOf(details()));
            throw new RuleViolationException(violations);
        }
        return Optional.ofNullable(id);
    }

    boolean isActive() {
        return active == null || active;
    }
}
