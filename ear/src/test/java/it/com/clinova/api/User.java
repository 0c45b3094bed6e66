package it.com.clinova.api;

/** The demo staff accounts, which exist with the same names in every demo clinic. */
enum User {
    ADMIN("admin"),
    FRONT_DESK("frontdesk"),
    CLINICIAN("clinician"),
    /** A second practitioner: the one who is not the author of the clinician's notes. */
    HYGIENIST("hygienist"),
    BILLING("billing");

    static final String DEMO_PASSWORD = "clinova-demo";

    private final String username;

    User(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }
}
