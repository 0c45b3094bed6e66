package com.clinova.web.portal.practice;

import com.clinova.practice.api.PractitionerView;
import com.clinova.tenancy.api.StaffAccount;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff accounts a practitioner may be linked to: the clinic's active accounts that no other
 * practitioner uses, plus the one this practitioner already has. Also names accounts in lists.
 */
final class StaffChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An account as a choice: its id and "Display name (username)". */
    public record Choice(String id, String label) implements Serializable {}

    private final Map<UUID, StaffAccount> accounts;

    StaffChoices(List<StaffAccount> accounts) {
        this.accounts = accounts.stream().collect(Collectors.toMap(StaffAccount::id, Function.identity()));
    }

    List<Choice> freeFor(UUID practitionerId, List<PractitionerView> practitioners) {
        UUID own = practitioners.stream()
                .filter(p -> p.id().equals(practitionerId))
                .map(PractitionerView::userId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        Set<UUID> taken = practitioners.stream()
                .map(PractitionerView::userId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return accounts.values().stream()
                .filter(a -> a.id().equals(own) || (a.active() && !taken.contains(a.id())))
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .map(a -> new Choice(a.id().toString(), label(a)))
                .toList();
    }

    String nameOf(UUID accountId) {
        StaffAccount account = accountId == null ? null : accounts.get(accountId);
        return account == null ? "" : label(account);
    }

    private static String label(StaffAccount account) {
        return account.displayName() + " (" + account.username() + ")";
    }
}
