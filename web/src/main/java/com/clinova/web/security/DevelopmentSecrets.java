package com.clinova.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with a signing secret that still has its public development default, unless
 * {@code clinova.dev-secrets-allowed} says this is a development or test server: anyone could
 * forge tokens (any clinic, any role) and paging cursors with those values.
 */
@ApplicationScoped
public class DevelopmentSecrets {

    private static final Logger LOG = Logger.getLogger(DevelopmentSecrets.class.getName());
    private static final String DEVELOPMENT_PREFIX = "dev-only-";

    @Inject
    @ConfigProperty(name = "clinova.jwt.secret")
    String jwtSecret;

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String cursorSecret;

    @Inject
    @ConfigProperty(name = "clinova.dev-secrets-allowed", defaultValue = "false")
    boolean allowed;

    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Map.of("clinova.jwt.secret", jwtSecret, "clinova.cursor.secret", cursorSecret)
                .forEach(this::refuseDevelopmentDefault);
    }

    private void refuseDevelopmentDefault(String variable, String value) {
        if (!value.startsWith(DEVELOPMENT_PREFIX)) {
            return;
        }
        String environment = variable.toUpperCase(Locale.ROOT).replace('.', '_');
        if (!allowed) {
            throw new IllegalStateException(variable + " has its public development default: set " + environment
                    + " (or CLINOVA_DEV_SECRETS_ALLOWED=true on a development server)");
        }
        LOG.warning(variable + " has its development default; set " + environment + " before real use");
    }
}
