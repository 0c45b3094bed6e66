package com.clinova.patients.api;

import java.util.UUID;

/** Position of a patient in the name order used for keyset pagination. */
public record PatientKey(String sortName, UUID id) {}
