package com.clinova.practice.domain;

import com.clinova.practice.api.ScheduleExceptionView.Kind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a kind as the lower-case word the database's check constraint lists. */
@Converter
public class ExceptionKindConverter implements AttributeConverter<Kind, String> {

    @Override
    public String convertToDatabaseColumn(Kind kind) {
        return kind == null ? null : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Kind convertToEntityAttribute(String stored) {
        return stored == null ? null : Kind.valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
