package com.clinova.tenancy.application;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.StaffAccounts;
import com.clinova.tenancy.api.StaffMember;
import com.clinova.tenancy.domain.StaffUser;
import com.clinova.tenancy.domain.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies staff passwords with Jakarta Security's PBKDF2 hash. An unknown user still costs one
 * hash verification so response time does not reveal which usernames exist.
 */
@Stateless
public class DefaultStaffAccounts implements StaffAccounts {

    private static final String DECOY_HASH = "PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Inject
    StaffUserRepository users;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public Optional<StaffMember> authenticate(String username, char[] password) {
        if (username == null || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<StaffUser> user = users.findByUsername(username.trim().toLowerCase(Locale.ROOT));
        boolean matches =
                passwordHash.verify(password, user.map(StaffUser::passwordHash).orElse(DECOY_HASH));
        return user.filter(u -> matches && u.active()).map(this::toMember);
    }

    @Override
    public Optional<StaffMember> member(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .filter(StaffUser::active)
                .map(this::toMember);
    }

    private StaffMember toMember(StaffUser user) {
        return new StaffMember(user.id(), TenantContext.require(), user.username(), user.displayName(), user.roles());
    }
}
