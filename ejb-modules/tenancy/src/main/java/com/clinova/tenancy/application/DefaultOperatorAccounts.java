package com.clinova.tenancy.application;

import com.clinova.tenancy.api.Operator;
import com.clinova.tenancy.api.OperatorAccounts;
import com.clinova.tenancy.domain.OperatorAccountRepository;
import com.clinova.tenancy.domain.OperatorAccountRepository.StoredOperator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Locale;
import java.util.Optional;

/** Verifies operator passwords like staff passwords, with the same decoy for unknown usernames. */
@Stateless
public class DefaultOperatorAccounts implements OperatorAccounts {

    private static final String DECOY_HASH = "PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Inject
    OperatorAccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public Optional<Operator> authenticate(String username, char[] password) {
        if (username == null || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<StoredOperator> account =
                accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT));
        boolean matches = passwordHash.verify(
                password, account.map(StoredOperator::passwordHash).orElse(DECOY_HASH));
        return account.filter(a -> matches && a.active()).map(a -> new Operator(a.id(), a.username(), a.displayName()));
    }
}
