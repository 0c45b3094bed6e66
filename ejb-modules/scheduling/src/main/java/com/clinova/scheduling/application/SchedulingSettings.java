package com.clinova.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Scheduling's tunables (MicroProfile Config; Liberty variables or environment variables set them). */
@ApplicationScoped
public class SchedulingSettings {

    @Inject
    @ConfigProperty(name = "clinova.scheduling.hold-duration", defaultValue = "PT5M")
    Duration holdDuration;

    @Inject
    @ConfigProperty(name = "clinova.scheduling.slot-step", defaultValue = "PT15M")
    Duration slotStep;

    @Inject
    @ConfigProperty(name = "clinova.scheduling.hold-sweep-interval", defaultValue = "PT1M")
    Duration holdSweepInterval;

    /** How long a held slot stays reserved waiting for confirmation. */
    public Duration holdDuration() {
        return holdDuration;
    }

    /** The distance between the starts of offered slots. */
    public Duration slotStep() {
        return slotStep;
    }

    /** How often every clinic's stale holds are expired. */
    public Duration holdSweepInterval() {
        return holdSweepInterval;
    }
}
