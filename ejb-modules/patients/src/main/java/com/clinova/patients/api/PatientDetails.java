package com.clinova.patients.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The demographic details staff enter for a patient. Optional fields are null when unknown. */
public record PatientDetails(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String phone,
        String email,
        String nationalId,
        String address,
        String notes)
        implements Serializable {}
