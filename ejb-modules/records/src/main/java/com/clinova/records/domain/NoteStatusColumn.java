package com.clinova.records.domain;

import com.clinova.records.api.NoteStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Note statuses are lower-case text in the database ({@code draft}, {@code signed}). */
@Converter
public class NoteStatusColumn implements AttributeConverter<NoteStatus, String> {

    @Override
    public String convertToDatabaseColumn(NoteStatus status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public NoteStatus convertToEntityAttribute(String code) {
        return code == null ? null : NoteStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
