package com.clinova.records.domain;

import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.records.api.AmendmentNotAllowedException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.ExpectedVersions;
import com.clinova.records.api.NotNoteAuthorException;
import com.clinova.records.api.NoteContent;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteSignedException;
import com.clinova.records.api.NoteStatus;
import com.clinova.records.api.NoteView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A treatment note, or an amendment of one.
 *
 * <p>Invariants: a note always says something and obeys {@link NoteRules}; it is a draft that only
 * its author revises or signs, and once signed nothing of it changes ever again (the database
 * refuses it too); its seal ({@link NoteSeal}) covers everything the signature vouches for.
 * Corrections are amendments: entries that state a reason, point at a signed note that is not
 * itself an amendment, and are signed by their author as they are written. {@code version}
 * increases with every change, so an author cannot sign a text other than the one they read.
 */
@Entity
@Table(schema = "clinic", name = "treatment_note")
public class TreatmentNote {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private UUID encounterId;

    @Column(name = "amends_id", updatable = false)
    private UUID amendsId;

    @Column(name = "amendment_reason", updatable = false)
    private String amendmentReason;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Convert(converter = NoteStatusColumn.class)
    @Column(nullable = false)
    private NoteStatus status;

    @Column(name = "chief_complaint")
    private String chiefComplaint;

    private String findings;
    private String diagnosis;

    @Column(name = "diagnosis_code")
    private String diagnosisCode;

    private String procedures;
    private String plan;

    @Column(name = "free_text")
    private String text;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Column(name = "signed_by")
    private UUID signedBy;

    @Column(name = "content_hash")
    private String contentHash;

    @Version
    private long version;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC, microseconds. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected TreatmentNote() {}

    public static TreatmentNote draft(
            TenantId clinic, EncounterId encounter, NoteContent content, Clinician author, Instant now) {
        NoteContent clean = NoteRules.normalise(content);
        NoteRules.check(clean);
        TreatmentNote note = new TreatmentNote();
        note.id = UUID.randomUUID();
        note.tenantId = clinic.value();
        note.encounterId = encounter.value();
        note.authorId = author.userId();
        note.authorName = author.displayName();
        note.status = NoteStatus.DRAFT;
        note.createdAt = utc(now);
        note.write(clean, now);
        return note;
    }

    /** Replaces the draft's content; its author only, at the version they read. */
    public void revise(ExpectedVersions expected, NoteContent content, Clinician by, Instant now) {
        requireEditable(expected, by);
        NoteContent clean = NoteRules.normalise(content);
        NoteRules.check(clean);
        write(clean, now);
    }

    /** Signs the draft as it is; its author only, at the version they read. */
    public void sign(ExpectedVersions expected, Clinician by, Instant now) {
        requireEditable(expected, by);
        NoteRules.check(content()); // a draft obeys the rules already; a signature must never seal less
        seal(by, now);
    }

    /** A new, signed amendment of this note by {@code by}, who need not be this note's author. */
    public TreatmentNote amend(String reason, NoteContent correction, Clinician by, Instant now) {
        if (status != NoteStatus.SIGNED) {
            throw new AmendmentNotAllowedException("A draft is not amended but revised by its author");
        }
        if (amendsId != null) {
            throw new AmendmentNotAllowedException("Amend the original note " + amendsId + ", not its amendment");
        }
        String why = NoteRules.strip(reason);
        NoteContent clean = NoteRules.normalise(correction);
        NoteRules.checkAmendment(why, clean);
        TreatmentNote amendment = new TreatmentNote();
        amendment.id = UUID.randomUUID();
        amendment.tenantId = tenantId;
        amendment.encounterId = encounterId;
        amendment.amendsId = id;
        amendment.amendmentReason = why;
        amendment.authorId = by.userId();
        amendment.authorName = by.displayName();
        amendment.createdAt = utc(now);
        amendment.write(clean, now);
        amendment.seal(by, now);
        return amendment;
    }

    /**
     * Order matters to clients: a signed note is a conflict whoever asks, a draft of someone else
     * is not theirs to touch, and only then is an outdated version worth reporting.
     */
    private void requireEditable(ExpectedVersions expected, Clinician by) {
        if (status == NoteStatus.SIGNED) {
            throw new NoteSignedException(new NoteId(id));
        }
        if (!authorId.equals(by.userId())) {
            throw new NotNoteAuthorException();
        }
        if (!expected.admits(version)) {
            throw new StaleVersionException("Treatment note", version);
        }
    }

    private void seal(Clinician by, Instant now) {
        status = NoteStatus.SIGNED;
        signedBy = by.userId();
        signedAt = utc(now);
        updatedAt = signedAt;
        contentHash = computeSeal();
    }

    private String computeSeal() {
        return NoteSeal.of(new NoteSeal.Signed(
                id,
                tenantId,
                encounterId,
                amendsId,
                amendmentReason,
                signedBy,
                authorName,
                signedAt.toInstant(),
                content()));
    }

    /** Whether the stored content still matches the seal made at signing (drafts have none). */
    public boolean isIntact() {
        return status != NoteStatus.SIGNED || computeSeal().equals(contentHash);
    }

    private void write(NoteContent c, Instant now) {
        chiefComplaint = c.chiefComplaint();
        findings = c.findings();
        diagnosis = c.diagnosis();
        diagnosisCode = c.diagnosisCode();
        procedures = c.procedures();
        plan = c.plan();
        text = c.text();
        updatedAt = utc(now);
    }

    public NoteContent content() {
        return new NoteContent(chiefComplaint, findings, diagnosis, diagnosisCode, procedures, plan, text);
    }

    public NoteId id() {
        return new NoteId(id);
    }

    public EncounterId encounterId() {
        return new EncounterId(encounterId);
    }

    public boolean isAmendment() {
        return amendsId != null;
    }

    public long version() {
        return version;
    }

    /** This entry as read, with {@code amendments} (views of this note's amendments, oldest first). */
    public NoteView view(List<NoteView> amendments) {
        return new NoteView(
                new NoteId(id),
                new EncounterId(encounterId),
                amendsId == null ? null : new NoteId(amendsId),
                amendmentReason,
                authorId,
                authorName,
                status,
                content(),
                signedAt == null ? null : signedAt.toInstant(),
                contentHash,
                isIntact(),
                version,
                createdAt.toInstant(),
                updatedAt.toInstant(),
                amendments);
    }

    /** The database keeps microseconds: a seal over nanoseconds would never verify after a read. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
