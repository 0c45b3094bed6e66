package com.clinova.scheduling.application;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Periodically expires the stale holds of every clinic, so a hold nobody confirmed stops
 * blocking its time even when no booking of that time comes along to expire it. The application
 * role sees only the bound clinic's rows, so each clinic is bound in turn, each in its own
 * transaction. Every node runs the sweep; it is idempotent, so running it twice costs a query.
 * The timer is not persistent: a node that is down sweeps nothing, and the others still do.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldSweep {

    private static final Logger LOG = Logger.getLogger(HoldSweep.class.getName());

    @Resource
    TimerService timers;

    @EJB
    TenantDirectory clinics;

    @EJB
    HoldExpiry expiry;

    @Inject
    SchedulingSettings settings;

    @PostConstruct
    void schedule() {
        long every = settings.holdSweepInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("scheduling-hold-sweep", false));
    }

    @Timeout
    void sweep() {
        for (TenantId clinic : clinics.allClinics()) {
            try {
                int expired = TenantContext.supplyAs(clinic, expiry::expireStaleHolds);
                if (expired > 0) {
                    LOG.fine(() -> "Expired " + expired + " stale hold(s) of clinic " + clinic);
                }
            } catch (RuntimeException e) {
                // One clinic's failure must not stop the others' holds from expiring.
                LOG.log(Level.WARNING, "Expiring stale holds of clinic " + clinic + " failed", e);
            }
        }
    }
}
