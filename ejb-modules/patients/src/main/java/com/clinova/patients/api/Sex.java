package com.clinova.patients.api;

/** Administrative sex as recorded at registration (FHIR AdministrativeGender codes). */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
