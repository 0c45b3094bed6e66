package com.clinova.patients.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No patient with this id in the current clinic (which includes: it belongs to another one). */
public class PatientNotFoundException extends ResourceNotFoundException {

    public PatientNotFoundException(PatientId id) {
        super("Patient", id);
    }
}
