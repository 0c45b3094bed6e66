package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who acts on the control plane, as the platform audit trail names them: a SaaS operator, a
 * clinic's administrator on the console, or an anonymous visitor signing a clinic up (named by
 * the administrator e-mail they gave).
 */
public record PlatformActor(Kind kind, String name) implements Serializable {

    public enum Kind {
        OPERATOR("operator"),
        CLINIC_ADMIN("clinic-admin"),
        SELF_SERVICE("self-service");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public PlatformActor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }

    public static PlatformActor operator(String username) {
        return new PlatformActor(Kind.OPERATOR, username);
    }

    public static PlatformActor clinicAdmin(String slug, String username) {
        return new PlatformActor(Kind.CLINIC_ADMIN, slug + "/" + username);
    }

    public static PlatformActor selfService(String email) {
        return new PlatformActor(Kind.SELF_SERVICE, email == null || email.isBlank() ? "anonymous" : email);
    }
}
