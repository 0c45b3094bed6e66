package it.com.clinova.api;

/** The demo staff accounts, which exist with the same names in every demo clinic. */
enum User {
    ADMIN("admin"),
    FRONT_DESK("frontdesk"),
    CLINICIAN("clinician"),
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
