package com.clinova.audit.api;

/**
 * Object type names of the trail, one per kind of thing that holds patient data. A context may
 * use a name not listed here as long as it matches {@link PatientDataAccess#OBJECT_TYPE}; listing
 * it keeps the names of the trail consistent.
 */
public final class AuditedObjects {

    public static final String PATIENT = "patient";
    public static final String APPOINTMENT = "appointment";
    public static final String ENCOUNTER = "encounter";
    public static final String CLINICAL_NOTE = "clinical_note";
    public static final String ATTACHMENT = "attachment";
    public static final String INVOICE = "invoice";
    public static final String PAYMENT = "payment";
    /** The audit trail itself: its readers are recorded too. */
    public static final String AUDIT_TRAIL = "audit_trail";

    private AuditedObjects() {}
}
