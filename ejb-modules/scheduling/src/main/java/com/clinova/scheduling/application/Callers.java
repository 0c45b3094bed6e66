package com.clinova.scheduling.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.scheduling.domain.Actor;
import com.clinova.tenancy.api.StaffAccounts;
import com.clinova.tenancy.api.StaffMember;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling, as the domain's rules need it: the container's authenticated principal and
 * roles, the staff account behind the principal (its id is recorded on bookings) and, for a
 * practitioner, which practitioner they are.
 */
@ApplicationScoped
public class Callers {

    private static final List<String> ROLES = List.of(CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING);

    @EJB
    StaffAccounts staff;

    @EJB
    PracticeCatalog catalog;

    Actor of(SessionContext context) {
        String username = context.getCallerPrincipal().getName();
        StaffMember member = staff.member(username)
                .orElseThrow(() -> new NotPermittedException("Your account is not an active staff account here"));
        Set<String> roles = ROLES.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
        Optional<UUID> practitioner = roles.contains(PRACTITIONER)
                ? catalog.practitionerOfUser(member.id()).map(PractitionerView::id)
                : Optional.empty();
        return new Actor(member.id(), roles, practitioner);
    }
}
