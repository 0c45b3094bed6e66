package com.clinova.audit.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One access to patient data as the accessing use case describes it: the action, the object
 * acted on (type and, unless the access was a search, id) and every patient whose data it
 * touched or returned. Who, when, from where and in which request are added by the trail itself.
 *
 * <p>Build one with {@link #of} or {@link #search}, or step by step with {@link #builder}.
 */
public record PatientDataAccess(AuditAction action, String objectType, Optional<UUID> objectId, List<UUID> patientIds) {

    /** Lower-case words joined by underscores, as stored in the trail. */
    public static final Pattern OBJECT_TYPE = Pattern.compile("^[a-z][a-z_]{0,39}$");

    /**
     * @throws IllegalArgumentException for an object type the trail cannot store (a programming
     *     error of the caller, never bad client input)
     */
    public PatientDataAccess {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectId, "object id");
        if (objectType == null || !OBJECT_TYPE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("object type must match " + OBJECT_TYPE + ": " + objectType);
        }
        patientIds = List.copyOf(new LinkedHashSet<>(patientIds)); // copyOf refuses null ids
    }

    /** An access to one object of one or more patients: a read, a change, an export of it. */
    public static PatientDataAccess of(AuditAction action, String objectType, UUID objectId, UUID... patients) {
        return new PatientDataAccess(action, objectType, Optional.of(objectId), List.of(patients));
    }

    /** A search or list, naming every patient it returned (in the order returned). */
    public static PatientDataAccess search(String objectType, Collection<UUID> returnedPatients) {
        return new PatientDataAccess(AuditAction.SEARCH, objectType, Optional.empty(), List.copyOf(returnedPatients));
    }

    public static Builder builder(AuditAction action, String objectType) {
        return new Builder(action, objectType);
    }

    /** Collects the patients of an access that are found along the way (e.g. an invoice's lines). */
    public static final class Builder {

        private final AuditAction action;
        private final String objectType;
        private UUID objectId;
        private final List<UUID> patients = new ArrayList<>();

        private Builder(AuditAction action, String objectType) {
            this.action = action;
            this.objectType = objectType;
        }

        public Builder object(UUID id) {
            this.objectId = Objects.requireNonNull(id, "object id");
            return this;
        }

        public Builder patient(UUID id) {
            patients.add(Objects.requireNonNull(id, "patient id"));
            return this;
        }

        public Builder patients(Collection<UUID> ids) {
            ids.forEach(this::patient);
            return this;
        }

        public PatientDataAccess build() {
            return new PatientDataAccess(action, objectType, Optional.ofNullable(objectId), patients);
        }
    }
}
