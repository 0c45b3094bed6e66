package com.clinova.console.security;

import com.clinova.console.edge.Audience;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.OperatorAccounts;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.PlatformAuditTrail;
import com.clinova.tenancy.api.StaffAccounts;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks console credentials in the realm of the request's host: operator accounts on the console
 * host, the clinic's staff accounts (administrators only) on a clinic host. Operator sign-ins are
 * recorded in the platform audit trail.
 */
@ApplicationScoped
public class ConsoleSignIn {

    @EJB
    OperatorAccounts operators;

    @EJB
    StaffAccounts staff;

    @EJB
    PlatformAuditTrail audit;

    public Optional<ConsoleUser> authenticate(Audience audience, String username, char[] password) {
        if (audience.isPlatform()) {
            Optional<ConsoleUser> operator = operators
                    .authenticate(username, password)
                    .map(o -> new ConsoleUser(
                            o.id(), o.username(), o.displayName(), null, null, Set.of(ConsoleUser.OPERATOR)));
            operator.ifPresent(
                    o -> audit.record(PlatformActor.operator(o.username()), "operator.sign-in", null, Map.of()));
            return operator;
        }
        TenantProfile clinic = audience.clinic().get();
        return TenantContext.supplyAs(clinic.id(), () -> staff.authenticate(username, password))
                .filter(m -> m.roles().contains(ConsoleUser.CLINIC_ADMIN))
                .map(m -> new ConsoleUser(
                        m.id(),
                        m.username(),
                        m.displayName(),
                        clinic.id(),
                        clinic.slug(),
                        Set.of(ConsoleUser.CLINIC_ADMIN)));
    }
}
