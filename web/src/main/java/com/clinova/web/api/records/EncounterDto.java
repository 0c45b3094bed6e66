package com.clinova.web.api.records;

import com.clinova.records.api.EncounterView;

/** An encounter as the API shows it. */
public record EncounterDto(
        String id, String appointmentId, String patientId, String practitionerId, String openedBy, String openedAt) {

    static EncounterDto of(EncounterView view) {
        return new EncounterDto(
                view.id().toString(),
                view.appointmentId().toString(),
                view.patientId().toString(),
                view.practitionerId().toString(),
                view.openedBy().toString(),
                view.openedAt().toString());
    }
}
