package com.clinova.web.api.records;

import com.clinova.records.api.EncounterQuery;
import com.clinova.web.api.RequestFields;
import java.util.Optional;
import java.util.UUID;

/**
 * The query string of an encounter list: a patient's history ({@code patientId}, paged) or the
 * encounter of one appointment ({@code appointmentId}) — exactly one of the two.
 */
record EncounterListParameters(String patientId, String appointmentId, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;

    /** The appointment asked about, when the list is by appointment. */
    Optional<UUID> appointment() {
        RequestFields fields = new RequestFields();
        checkOneCriterion(fields);
        Optional<UUID> appointment = Optional.ofNullable(fields.id("appointmentId", appointmentId));
        fields.throwIfAny();
        return appointment;
    }

    EncounterQuery toQuery(EncounterCursors cursors) {
        RequestFields fields = new RequestFields();
        UUID patient = fields.id("patientId", patientId);
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, EncounterQuery.MAX_LIMIT);
        fields.throwIfAny();
        Optional<String> page = RequestFields.isBlank(cursor) ? Optional.empty() : Optional.of(cursor.trim());
        return new EncounterQuery(patient, pageSize, page.map(c -> cursors.decode(patient, c)));
    }

    private void checkOneCriterion(RequestFields fields) {
        boolean byPatient = !RequestFields.isBlank(patientId);
        boolean byAppointment = !RequestFields.isBlank(appointmentId);
        if (byPatient == byAppointment) {
            fields.add("patientId", "give either patientId or appointmentId");
        } else if (byAppointment && !(RequestFields.isBlank(limit) && RequestFields.isBlank(cursor))) {
            fields.add("appointmentId", "has one encounter at most: no limit or cursor");
        }
    }
}
