package com.clinova.web.portal.records;

import com.clinova.records.api.EncounterPage;
import com.clinova.records.api.EncounterQuery;
import com.clinova.records.api.EncounterView;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.CalendarQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The "clinical records" section of a patient's page: their latest encounters, newest first, for
 * clinical roles. Read once per request however often the page asks.
 */
@Named("patientRecords")
@RequestScoped
public class PatientRecords {

    static final int SHOWN = 20;
    /** Checked-in and completed visits of the last three weeks, and any checked in ahead of time. */
    private static final Duration PAST = Duration.ofDays(21);

    private static final Duration AHEAD = Duration.ofDays(10);

    @Inject
    PortalRecords records;

    private EncounterPage page;
    private List<AppointmentView> visits;

    public List<EncounterView> encountersOf(String patientId) {
        return load(patientId).items();
    }

    /**
     * The patient's recent visits that are checked in or completed but have no encounter
     * yet (among the encounters shown), oldest first: where a practitioner opens one.
     */
    public List<AppointmentView> visitsToRecord(String patientId) {
        if (visits == null) {
            Set<UUID> recorded = load(patientId).items().stream()
                    .map(EncounterView::appointmentId)
                    .collect(Collectors.toSet());
            Instant now = Instant.now();
            visits = uuid(patientId)
                    .map(id -> records
                            .appointments()
                            .calendar(new CalendarQuery(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(id),
                                    now.minus(PAST),
                                    now.plus(AHEAD),
                                    Set.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED),
                                    CalendarQuery.MAX_LIMIT,
                                    Optional.empty()))
                            .items()
                            .stream()
                            .filter(a -> !recorded.contains(a.id().value()))
                            .toList())
                    .orElse(List.of());
        }
        return visits;
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
