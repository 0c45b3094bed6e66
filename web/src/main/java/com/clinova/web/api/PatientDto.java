package com.clinova.web.api;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientView;
import java.util.Locale;

/** A patient as the API shows it. {@code version} is also sent as the ETag. */
public record PatientDto(
        String id,
        String givenName,
        String familyName,
        String dateOfBirth,
        String sex,
        String phone,
        String email,
        String nationalId,
        String address,
        String notes,
        long version,
        String createdAt,
        String updatedAt) {

    static PatientDto of(PatientView view) {
        PatientDetails d = view.details();
        return new PatientDto(
                view.id().toString(),
                d.givenName(),
                d.familyName(),
                d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
                d.sex() == null ? null : d.sex().name().toLowerCase(Locale.ROOT),
                d.phone(),
                d.email(),
                d.nationalId(),
                d.address(),
                d.notes(),
                view.version(),
                view.createdAt() == null ? null : view.createdAt().toString(),
                view.updatedAt() == null ? null : view.updatedAt().toString());
    }
}
