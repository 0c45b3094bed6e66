package com.clinova.web.portal.records;

import com.clinova.records.api.EncounterPage;
import com.clinova.records.api.EncounterQuery;
import com.clinova.records.api.EncounterView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "clinical records" section of a patient's page: their latest encounters, newest first, for
 * clinical roles. Read once per request however often the page asks.
 */
@Named("patientRecords")
@RequestScoped
public class PatientRecords {

    static final int SHOWN = 20;

    @Inject
    PortalRecords records;

    private EncounterPage page;

    public List<EncounterView> encountersOf(String patientId) {
        return load(patientId).items();
    }

    /** Whether the patient has more encounters than the section shows. */
    public boolean hasMore(String patientId) {
        return load(patientId).next().isPresent();
    }

    private EncounterPage load(String patientId) {
        if (page == null) {
            page = uuid(patientId)
                    .map(id -> records.encounters().ofPatient(new EncounterQuery(id, SHOWN, Optional.empty())))
                    .orElse(new EncounterPage(List.of(), Optional.empty()));
        }
        return page;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
