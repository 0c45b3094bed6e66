package com.clinova.db.demo;

import java.time.LocalDate;
import java.util.UUID;

/** One synthetic patient as it is inserted; search_name and phone_digits are the database's job. */
public record DemoPatient(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String sex,
        String phone,
        String email,
        String nationalId,
        String address,
        String notes) {}
