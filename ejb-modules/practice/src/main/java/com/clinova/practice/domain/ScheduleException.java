package com.clinova.practice.domain;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.ScheduleExceptionDetails;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.api.ScheduleExceptionView.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Time nobody can be booked in: a clinic holiday, a location's closure or a practitioner's
 * absence, from {@code startsAt} until {@code endsAt}.
 *
 * <p>Invariants: the kind decides what it names (a holiday nothing, a closure only a location of
 * the clinic, an absence only a practitioner of the clinic; the database checks the same); it
 * starts before it ends and lasts at most {@value ExceptionPeriod#MAX_DAYS} days. Exceptions are
 * declared and deleted, never edited.
 */
@Entity
@Table(schema = "clinic", name = "schedule_exception")
public class ScheduleException {

    private static final int REASON_MAX = 300;

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "practitioner_id", updatable = false)
    private UUID practitionerId;

    @Column(name = "location_id", updatable = false)
    private UUID locationId;

    @Convert(converter = ExceptionKindConverter.class)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private OffsetDateTime endsAt;

    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ScheduleException() {}

    /**
     * @param clinicZone the clinic's zone, in which holidays and absences are entered
     * @throws com.clinova.platform.error.RuleViolationException naming every broken rule
     */
    public static ScheduleException declare(
            TenantId clinic,
            ScheduleExceptionDetails details,
            ZoneId clinicZone,
            PracticeLookup practice,
            Instant now) {
        FieldRules rules = new FieldRules();
        ExceptionSubject subject = ExceptionSubject.check(rules, details, practice);
        String reason = rules.optional("reason", details.reason(), REASON_MAX);
        ExceptionPeriod period = ExceptionPeriod.check(rules, details, subject.zone(clinicZone));
        rules.throwIfBroken();
        ScheduleException exception = new ScheduleException();
        exception.id = UUID.randomUUID();
        exception.tenantId = clinic.value();
        exception.kind = details.kind();
        exception.practitionerId = details.practitionerId();
        exception.locationId = details.locationId();
        exception.startsAt = period.start().atOffset(ZoneOffset.UTC);
        exception.endsAt = period.end().atOffset(ZoneOffset.UTC);
        exception.reason = reason;
        exception.createdAt = now.atOffset(ZoneOffset.UTC);
        return exception;
    }

    /** The rules {@code details} would break, without declaring anything. */
    public static List<FieldViolation> violationsOf(
            ScheduleExceptionDetails details, ZoneId clinicZone, PracticeLookup practice) {
        FieldRules rules = new FieldRules();
        ExceptionSubject subject = ExceptionSubject.check(rules, details, practice);
        rules.optional("reason", details.reason(), REASON_MAX);
        ExceptionPeriod.check(rules, details, subject.zone(clinicZone));
        return rules.violations();
    }

    public UUID id() {
        return id;
    }

    public ScheduleExceptionView view() {
        return new ScheduleExceptionView(
                id, kind, practitionerId, locationId, startsAt.toInstant(), endsAt.toInstant(), reason);
    }
}
