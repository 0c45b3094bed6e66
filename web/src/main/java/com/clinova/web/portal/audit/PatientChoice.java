package com.clinova.web.portal.audit;

import com.clinova.patients.api.PatientView;
import java.io.Serializable;

/** A patient offered as the access log's filter: id and the name staff recognise them by. */
public record PatientChoice(String id, String label) implements Serializable {

    static PatientChoice of(PatientView patient) {
        String birth = patient.details().dateOfBirth() == null
                ? ""
                : " (" + patient.details().dateOfBirth() + ")";
        return new PatientChoice(
                patient.id().toString(),
                patient.details().familyName() + ", " + patient.details().givenName() + birth);
    }
}
