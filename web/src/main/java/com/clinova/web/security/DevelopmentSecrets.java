package com.clinova.web.security;

import java.util.logging.Logger;

/**
 * Warns at start-up when a signing secret still has its development default: every Clinova
 * installation shares that value, so tokens and cursors signed with it can be forged by anyone.
 */
public final class DevelopmentSecrets {

    private static final Logger LOG = Logger.getLogger(DevelopmentSecrets.class.getName());
    private static final String DEVELOPMENT_PREFIX = "dev-only-";

    private DevelopmentSecrets() {}

    public static void warnIfDefault(String variable, String value) {
        if (value != null && value.startsWith(DEVELOPMENT_PREFIX)) {
            LOG.warning(variable + " has its development default; set it (environment "
                    + variable.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + ") before real use");
        }
    }
}
