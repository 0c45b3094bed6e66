package com.clinova.scheduling.domain;

import com.clinova.scheduling.api.AppointmentStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Statuses are lower-case text in the database ({@code checked_in}), as its check constraint lists them. */
@Converter
public class AppointmentStatusColumn implements AttributeConverter<AppointmentStatus, String> {

    @Override
    public String convertToDatabaseColumn(AppointmentStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public AppointmentStatus convertToEntityAttribute(String code) {
        return code == null
                ? null
                : AppointmentStatus.ofCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown appointment status " + code));
    }
}
