package com.clinova.scheduling.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be null, passed through unchanged. Declaring it replaces EclipseLink's
 * built-in UUID conversion, which in 4.0.9 (Liberty's) fails on reading a null value
 * (eclipse-ee4j/eclipselink #2768); the driver already reads and writes {@link UUID} itself.
 */
@Converter
public class NullableUuidColumn implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(UUID value) {
        return value;
    }
}
