package com.clinova.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code clinova.audit.enabled}: FOR BENCHMARKS ONLY. It exists so the cost of auditing can be
 * measured as patient reads per second with the trail on versus off in one run of one server,
 * and it defaults to on. It is read on every access (a Liberty variable can be changed while the
 * server runs), every change is logged as a warning, and a node with the trail off reports itself
 * not ready, so a load balancer sends it no real traffic.
 */
@ApplicationScoped
public class AuditSwitch {

    static final String PROPERTY = "clinova.audit.enabled";
    private static final Logger LOG = Logger.getLogger(AuditSwitch.class.getName());

    private final AtomicBoolean lastSeen = new AtomicBoolean(true);

    public boolean isOn() {
        boolean on = ConfigProvider.getConfig()
                .getOptionalValue(PROPERTY, Boolean.class)
                .orElse(true);
        if (lastSeen.getAndSet(on) != on) {
            LOG.warning(
                    on
                            ? "The audit trail is ON again (" + PROPERTY + ")"
                            : "The audit trail is OFF (" + PROPERTY + "=false): patient data accesses are NOT"
                                    + " recorded. Benchmarks only; this node reports itself not ready.");
        }
        return on;
    }
}
