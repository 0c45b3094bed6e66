package com.clinova.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientDataAccessTest {

    private final UUID ana = UUID.randomUUID();
    private final UUID bea = UUID.randomUUID();

    @Test
    void aSearchNamesEveryReturnedPatientOnceInOrder() {
        PatientDataAccess search = PatientDataAccess.search(AuditedObjects.PATIENT, List.of(bea, ana, bea));

        assertEquals(AuditAction.SEARCH, search.action());
        assertEquals(Optional.empty(), search.objectId());
        assertEquals(List.of(bea, ana), search.patientIds());
    }

    @Test
    void theBuilderCollectsPatientsFoundAlongTheWay() {
        UUID invoice = UUID.randomUUID();
        PatientDataAccess access = PatientDataAccess.builder(AuditAction.EXPORT, AuditedObjects.INVOICE)
                .object(invoice)
                .patient(ana)
                .patients(List.of(bea, ana))
                .build();

        assertEquals(Optional.of(invoice), access.objectId());
        assertEquals(List.of(ana, bea), access.patientIds());
    }

    @Test
    void objectTypesAreStorableNames() {
        for (String bad : new String[] {null, "", "Patient", "clinical-note", "1patient", "x".repeat(41)}) {
            assertThrows(
                    IllegalArgumentException.class, () -> PatientDataAccess.of(AuditAction.READ, bad, ana, ana), bad);
        }
        assertEquals(
                "clinical_note",
                PatientDataAccess.of(AuditAction.READ, "clinical_note", ana).objectType());
    }

    @Test
    void aPatientIdIsNeverNull() {
        assertThrows(
                NullPointerException.class, () -> PatientDataAccess.of(AuditAction.READ, "patient", ana, (UUID) null));
        assertThrows(NullPointerException.class, () -> PatientDataAccess.builder(AuditAction.READ, "patient")
                .patient(null));
    }

    @Test
    void actionsHaveLowerCaseCodes() {
        assertEquals("search", AuditAction.SEARCH.code());
        assertEquals(Optional.of(AuditAction.EXPORT), AuditAction.ofCode("export"));
        assertEquals(Optional.empty(), AuditAction.ofCode("EXPORT"));
    }
}
