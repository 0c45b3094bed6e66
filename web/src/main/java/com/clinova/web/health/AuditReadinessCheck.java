package com.clinova.web.health;

import com.clinova.audit.api.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the audit trail records nothing (the benchmark-only switch {@code
 * clinova.audit.enabled=false}): every access to patient data must be recorded, so such a node
 * must not be sent real traffic.
 */
@Readiness
@ApplicationScoped
public class AuditReadinessCheck implements HealthCheck {

    @EJB
    AuditTrail trail;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("audit-trail")
                .status(trail.isRecording())
                .build();
    }
}
