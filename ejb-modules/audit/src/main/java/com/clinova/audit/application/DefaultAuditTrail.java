package com.clinova.audit.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.audit.domain.Actor;
import com.clinova.audit.domain.AuditEvent;
import com.clinova.audit.domain.AuditEventRepository;
import com.clinova.platform.request.RequestOriginContext;
import com.clinova.platform.security.StaffRoles;
import com.clinova.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Same transaction as the access (MANDATORY): an access whose audit row cannot be written does
 * not happen, and a rolled-back change leaves no row claiming it happened. A separate
 * transaction would keep the request alive when the trail fails, at the price of accesses that
 * were never recorded, or rows for changes that were rolled back; for patient data the trail
 * must be complete, so it is not an option here.
 */
@Stateless
@PermitAll
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultAuditTrail implements AuditTrail {

    @Resource
    SessionContext caller;

    @Inject
    AuditEventRepository events;

    @Inject
    AuditSwitch auditSwitch;

    @Override
    public void record(PatientDataAccess access) {
        if (!auditSwitch.isOn()) {
            return;
        }
        Actor actor = new Actor(
                caller.getCallerPrincipal().getName(),
                StaffRoles.ALL.stream().filter(caller::isCallerInRole).toList());
        events.append(AuditEvent.of(TenantContext.require(), actor, access, RequestOriginContext.current()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isRecording() {
        return auditSwitch.isOn();
    }
}
