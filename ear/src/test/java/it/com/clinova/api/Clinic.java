package it.com.clinova.api;

/**
 * The demo clinics and the host names that reach them. The clinic of a request is its Host header,
 * so a test picks a clinic by picking a host, never by any other header.
 */
enum Clinic {
    SONRISA("sonrisa.localhost"),
    LUMIERE("lumiere.localhost");

    /** A custom domain registered for sonrisa in the demo data. */
    static final String SONRISA_CUSTOM_DOMAIN = "sonrisa-dental.test";

    /** A well-formed host that no clinic is served at. */
    static final String NOBODY = "nobody.localhost";

    private final String hostName;

    Clinic(String hostName) {
        this.hostName = hostName;
    }

    String hostName() {
        return hostName;
    }

    /** The other demo clinic: the "tenant B" of a cross-tenant check. */
    Clinic other() {
        return this == SONRISA ? LUMIERE : SONRISA;
    }
}
