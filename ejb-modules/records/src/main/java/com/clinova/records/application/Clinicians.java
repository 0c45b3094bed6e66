package com.clinova.records.application;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.records.domain.Clinician;
import com.clinova.tenancy.api.StaffAccounts;
import com.clinova.tenancy.api.StaffMember;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who writes: the staff account behind the container's authenticated principal. Taken from the
 * container, never from a parameter, so no edge can write a record in someone else's name.
 */
@ApplicationScoped
public class Clinicians {

    @EJB
    StaffAccounts staff;

    Clinician of(SessionContext context) {
        StaffMember member = staff.member(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotPermittedException("Your account is not an active staff account here"));
        return new Clinician(member.id(), member.displayName());
    }
}
