package com.clinova.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Installed in every persistence unit ({@code eclipselink.session.customizer}) so that each
 * connection EclipseLink acquires is bound to the current tenant before any statement runs.
 */
public class TenantBindingCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new TenantBindingListener());
    }
}
