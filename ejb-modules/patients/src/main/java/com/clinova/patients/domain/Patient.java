package com.clinova.patients.domain;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientView;
import com.clinova.patients.api.Sex;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person the clinic treats.
 *
 * <p>Invariants: given and family name are present; the date of birth, when known, lies between
 * 1900 and today; contact fields are well-formed; text is stored trimmed with empty strings as
 * unknown; the national id is stored upper case (it is unique per clinic, enforced by the
 * database). The patient belongs to the clinic it was registered in, forever. {@code version}
 * increases with every change so that concurrent edits cannot silently overwrite each other.
 */
@Entity
@Table(schema = "clinic", name = "patient")
public class Patient {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    /** Maintained by the database (unaccented, lower case); the order and search key. */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String sex;
    private String phone;
    private String email;

    @Column(name = "national_id")
    private String nationalId;

    private String address;
    private String notes;

    @Version
    private long version;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Patient() {}

    public static Patient register(TenantId clinic, PatientDetails details, Instant now) {
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.tenantId = clinic.value();
        patient.createdAt = now.atOffset(ZoneOffset.UTC);
        patient.change(details, now);
        return patient;
    }

    public void change(PatientDetails details, Instant now) {
        PatientDetails clean = normalise(details);
        PatientRules.check(clean, latestBirthDate(now));
        givenName = clean.givenName();
        familyName = clean.familyName();
        dateOfBirth = clean.dateOfBirth();
        sex = clean.sex() == null ? null : clean.sex().name().toLowerCase(Locale.ROOT);
        phone = clean.phone();
        email = clean.email();
        nationalId = clean.nationalId();
        address = clean.address();
        notes = clean.notes();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The rules {@code details} would break, without registering or changing anyone. */
    public static List<FieldViolation> violationsOf(PatientDetails details, Instant now) {
        return PatientRules.violationsOf(normalise(details), latestBirthDate(now));
    }

    /** Tomorrow in UTC: a birth "today" must be accepted in every time zone. */
    private static LocalDate latestBirthDate(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
    }

    public long version() {
        return version;
    }

    public String searchName() {
        return searchName;
    }

    public PatientView view() {
        PatientDetails details = new PatientDetails(
                givenName,
                familyName,
                dateOfBirth,
                sex == null ? null : Sex.valueOf(sex.toUpperCase(Locale.ROOT)),
                phone,
                email,
                nationalId,
                address,
                notes);
        return new PatientView(new PatientId(id), details, version, createdAt.toInstant(), updatedAt.toInstant());
    }

    private static PatientDetails normalise(PatientDetails d) {
        String nationalId = trim(d.nationalId());
        return new PatientDetails(
                trim(d.givenName()),
                trim(d.familyName()),
                d.dateOfBirth(),
                d.sex(),
                trim(d.phone()),
                trim(d.email()),
                nationalId == null ? null : nationalId.toUpperCase(Locale.ROOT),
                trim(d.address()),
                trim(d.notes()));
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("[ \\t]+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
