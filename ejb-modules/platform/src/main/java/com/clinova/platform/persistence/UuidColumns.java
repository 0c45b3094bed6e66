package com.clinova.platform.persistence;

import java.lang.reflect.Field;
import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps every {@link UUID} attribute of an entity or embeddable to a native PostgreSQL uuid, NULL
 * included. EclipseLink 4.0 gets three cases wrong: its UUID converter throws on a NULL it reads
 * (eclipse-ee4j/eclipselink#2768), it binds a NULL it writes as varchar, which PostgreSQL refuses
 * for a uuid column (#2717), and it binds UUIDs of an element collection's embeddable as varchar
 * too. Installed per class in persistence.xml ({@code
 * eclipselink.descriptor.customizer.<fully qualified class>}) for every class with a nullable
 * uuid or an embeddable one; it replaces the converter of each UUID attribute with one that keeps
 * NULL as NULL and binds with the JDBC type OTHER, as pgJDBC expects for uuid.
 */
public class UuidColumns implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof AbstractDirectMapping direct && isUuid(descriptor.getJavaClass(), mapping)) {
                direct.setConverter(new NullSafeUuidConverter());
                direct.getField().setSqlType(Types.OTHER);
            }
        }
    }

    private static boolean isUuid(Class<?> entity, DatabaseMapping mapping) {
        for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(mapping.getAttributeName());
                return field.getType() == UUID.class;
            } catch (NoSuchFieldException e) {
                // declared further up, if anywhere
            }
        }
        return false;
    }

    /** NULL stays NULL in both directions; the driver's UUID passes through unchanged. */
    static final class NullSafeUuidConverter implements Converter {

        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue;
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            if (dataValue == null || dataValue instanceof UUID) {
                return dataValue;
            }
            return UUID.fromString(dataValue.toString());
        }

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // nothing to prepare: the conversion needs no state
        }
    }
}
