package com.clinova.practice.domain;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.PractitionerDetails;
import com.clinova.practice.api.PractitionerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone patients are booked with.
 *
 * <p>Invariants: a display name; a colour, when given, is {@code #rrggbb}. The practitioner may be
 * linked to at most one staff account of the clinic, and an account to at most one practitioner
 * (the database's unique key); whether the account exists is checked by the use case, which can
 * ask the tenancy context. An inactive practitioner stays readable (past appointments name them)
 * but cannot newly get services or working hours.
 */
@Entity
@Table(schema = "clinic", name = "practitioner")
public class Practitioner {

    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String specialty;
    private String colour;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Practitioner() {}

    public static Practitioner register(TenantId clinic, PractitionerDetails details, Instant now) {
        Practitioner practitioner = new Practitioner();
        practitioner.id = UUID.randomUUID();
        practitioner.tenantId = clinic.value();
        practitioner.active = true;
        practitioner.createdAt = now.atOffset(ZoneOffset.UTC);
        practitioner.change(details);
        return practitioner;
    }

    /** Replaces the details; on a broken rule nothing changes. */
    public void change(PractitionerDetails details) {
        FieldRules rules = new FieldRules();
        PractitionerDetails clean = check(rules, details);
        rules.throwIfBroken();
        displayName = clean.displayName();
        specialty = clean.specialty();
        colour = clean.colour() == null ? null : clean.colour().toLowerCase(Locale.ROOT);
    }

    /** The rules {@code details} would break, without registering or changing anyone. */
    public static List<FieldViolation> violationsOf(PractitionerDetails details) {
        FieldRules rules = new FieldRules();
        check(rules, details);
        return rules.violations();
    }

    private static PractitionerDetails check(FieldRules rules, PractitionerDetails details) {
        String name = rules.required("displayName", details.displayName(), 120);
        String newSpecialty = rules.optional("specialty", details.specialty(), 120);
        String newColour = rules.optional("colour", details.colour(), 7);
        if (newColour != null
                && !rules.has("colour")
                && !COLOUR.matcher(newColour).matches()) {
            rules.add("colour", "must be a colour as #rrggbb");
        }
        return new PractitionerDetails(name, newSpecialty, newColour);
    }

    /** Signs this practitioner in with the staff account {@code user} (replacing any previous one). */
    public void linkAccount(UUID user) {
        userId = user;
    }

    public void unlinkAccount() {
        userId = null;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> account() {
        return Optional.ofNullable(userId);
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public PractitionerView view() {
        return new PractitionerView(id, userId, displayName, specialty, colour, active);
    }
}
