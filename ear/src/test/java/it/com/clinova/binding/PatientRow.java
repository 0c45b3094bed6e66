package it.com.clinova.binding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A read-only view of clinic.patient, just enough to see which clinic a row belongs to. */
@Entity
@Table(schema = "clinic", name = "patient")
public class PatientRow {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "family_name")
    private String familyName;

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }
}
