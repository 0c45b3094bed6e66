package com.clinova.scheduling.infrastructure;

import java.sql.Types;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

/**
 * Binds the appointment's id columns as JDBC {@code OTHER}. EclipseLink 4.0 binds a null UUID as
 * a null VARCHAR, which PostgreSQL refuses for a {@code uuid} column (eclipse-ee4j/eclipselink
 * #2717), and an appointment without a room has a null {@code room_id}. Installed by the
 * persistence unit ({@code eclipselink.descriptor.customizer.Appointment}).
 */
public class UuidColumns implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping column && isUuid(column)) {
                column.getField().setSqlType(Types.OTHER);
            }
        }
    }

    /** The entity's UUID attributes: its id, the ids it refers to and who booked it. */
    private static boolean isUuid(DirectToFieldMapping column) {
        String name = column.getAttributeName();
        return name.equals("id") || name.endsWith("Id") || name.equals("bookedBy");
    }
}
