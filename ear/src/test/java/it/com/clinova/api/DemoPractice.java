package it.com.clinova.api;

import com.clinova.db.demo.DemoPractices;
import com.clinova.db.demo.DemoTenants;
import java.time.LocalDate;

/** Ids of the demo clinics' practice (stable: derived from names, whatever day it was seeded). */
final class DemoPractice {

    private static final com.clinova.db.demo.DemoPractice SONRISA =
            DemoPractices.of(DemoTenants.SONRISA, LocalDate.now());
    private static final com.clinova.db.demo.DemoPractice LUMIERE =
            DemoPractices.of(DemoTenants.LUMIERE, LocalDate.now());

    static final String VIDAL = "Dra. Elena Vidal";
    static final String ORTEGA = "Dr. Javier Ortega";
    static final String CENTRO = "Sonrisa Centro";
    static final String CHAMBERI = "Sonrisa Chamberí";
    static final String CHIADO = "Lumière Chiado";
    static final String CARVALHO = "Dra. Inês Carvalho";

    private DemoPractice() {}

    static String id(Clinic clinic, String kind, String name) {
        return (clinic == Clinic.SONRISA ? SONRISA : LUMIERE).idOf(kind, name).toString();
    }

    static String userId(Clinic clinic, String username) {
        String slug = clinic == Clinic.SONRISA ? DemoTenants.SONRISA : DemoTenants.LUMIERE;
        return DemoTenants.userId(slug, username).toString();
    }
}
