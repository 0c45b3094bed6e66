package com.clinova.web.api.billing;

import com.clinova.web.api.RequestFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A new draft: the patient and the completed appointments to bill (may be empty: extra lines only). */
public record DraftInput(String patientId, List<String> appointmentIds) {

    UUID patient(RequestFields fields) {
        UUID id = fields.id("patientId", patientId);
        if (id == null && !fields.wasUnreadable("patientId")) {
            fields.add("patientId", "is required");
        }
        return id;
    }

    List<UUID> appointments(RequestFields fields) {
        List<UUID> ids = new ArrayList<>();
        if (appointmentIds == null) {
            return ids;
        }
        for (int i = 0; i < appointmentIds.size(); i++) {
            UUID id = fields.id("appointmentIds[" + i + "]", appointmentIds.get(i));
            if (id == null && !fields.wasUnreadable("appointmentIds[" + i + "]")) {
                fields.add("appointmentIds[" + i + "]", "is required");
            }
            ids.add(id);
        }
        return ids;
    }
}
