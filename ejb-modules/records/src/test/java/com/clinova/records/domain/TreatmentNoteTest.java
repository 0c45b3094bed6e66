package com.clinova.records.domain;

import static com.clinova.records.domain.NoteBuilder.aNote;
import static com.clinova.records.domain.NoteBuilder.onlyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.records.api.AmendmentNotAllowedException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.ExpectedVersions;
import com.clinova.records.api.NotNoteAuthorException;
import com.clinova.records.api.NoteContent;
import com.clinova.records.api.NoteSignedException;
import com.clinova.records.api.NoteStatus;
import com.clinova.records.api.NoteView;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TreatmentNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456789Z");
    private static final Instant LATER = NOW.plusSeconds(600);

    private final TenantId clinic = new TenantId(UUID.randomUUID());
    private final EncounterId encounter = EncounterId.random();
    private final Clinician author = new Clinician(UUID.randomUUID(), "Dra. Elena Vidal");
    private final Clinician colleague = new Clinician(UUID.randomUUID(), "Dr. Jorge Sanz");

    @Test
    void aDraftIsStoredStrippedWithTheCodeInUpperCase() {
        TreatmentNote note = draft(aNote().findings("  caries en 36 \n")
                .diagnosisCode(" k02.1 ")
                .plan("   ")
                .build());

        NoteView view = note.view(List.of());
        assertEquals(NoteStatus.DRAFT, view.status());
        assertEquals("caries en 36", view.content().findings());
        assertEquals("K02.1", view.content().diagnosisCode());
        assertNull(view.content().plan());
        assertNull(view.signedAt());
        assertNull(view.contentHash());
        assertTrue(view.intact());
        assertEquals("Dra. Elena Vidal", view.authorName());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        NoteContent bad = aNote().chiefComplaint("x".repeat(501))
                .findings("bell\u0007")
                .diagnosis(null)
                .diagnosisCode("K02.1")
                .text("y".repeat(20_001))
                .build();

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> draft(bad));

        assertEquals(
                List.of("chiefComplaint", "findings", "diagnosisCode", "text"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void aNoteMustSaySomething() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> draft(onlyText("  \n ")));
        assertEquals(
                List.of("content"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void aMalformedCodeIsRefused() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> draft(aNote().diagnosisCode("K02 1; drop").build()));
        assertEquals("diagnosisCode", e.violations().get(0).field());
    }

    @Test
    void theAuthorRevisesTheirDraftAtTheVersionTheyRead() {
        TreatmentNote note = draft(aNote().build());

        note.revise(
                ExpectedVersions.exactly(0), aNote().plan("Endodoncia en 36").build(), author, LATER);

        assertEquals("Endodoncia en 36", note.view(List.of()).content().plan());
        assertEquals(
                LATER.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                note.view(List.of()).updatedAt());
    }

    @Test
    void onlyTheAuthorRevisesOrSigns() {
        TreatmentNote note = draft(aNote().build());

        assertThrows(
                NotNoteAuthorException.class,
                () -> note.revise(ExpectedVersions.exactly(0), aNote().build(), colleague, LATER));
        assertThrows(NotNoteAuthorException.class, () -> note.sign(ExpectedVersions.exactly(0), colleague, LATER));
        assertEquals(NoteStatus.DRAFT, note.view(List.of()).status());
    }

    @Test
    void anOutdatedVersionIsStale() {
        TreatmentNote note = draft(aNote().build());

        StaleVersionException e =
                assertThrows(StaleVersionException.class, () -> note.sign(ExpectedVersions.exactly(3), author, LATER));
        assertEquals(0, e.currentVersion());
    }

    @Test
    void aRejectedRevisionLeavesTheDraftAsItWas() {
        TreatmentNote note = draft(aNote().build());

        assertThrows(
                RuleViolationException.class,
                () -> note.revise(ExpectedVersions.exactly(0), onlyText(""), author, LATER));

        assertEquals(aNote().build().findings(), note.content().findings());
    }

    @Test
    void signingSealsTheContentWithMicrosecondPrecision() {
        TreatmentNote note = draft(aNote().build());

        note.sign(ExpectedVersions.exactly(0), author, LATER);

        NoteView view = note.view(List.of());
        assertEquals(NoteStatus.SIGNED, view.status());
        assertEquals(Instant.parse("2026-11-23T10:25:30.123456Z"), view.signedAt());
        assertTrue(view.contentHash().matches("[0-9a-f]{64}"));
        assertTrue(view.intact());
    }

    @Test
    void aSignedNoteNeverChangesAgainWhoeverAsks() {
        TreatmentNote note = draft(aNote().build());
        note.sign(ExpectedVersions.exactly(0), author, LATER);

        assertThrows(
                NoteSignedException.class,
                () -> note.revise(ExpectedVersions.exactly(0), aNote().plan("x").build(), author, LATER));
        assertThrows(
                NoteSignedException.class,
                () -> note.revise(ExpectedVersions.exactly(0), aNote().build(), colleague, LATER));
        assertThrows(NoteSignedException.class, () -> note.sign(ExpectedVersions.exactly(0), author, LATER));
    }

    @Test
    void aChangeBehindTheSealIsVisible() throws ReflectiveOperationException {
        TreatmentNote note = draft(aNote().build());
        note.sign(ExpectedVersions.exactly(0), author, LATER);

        Field findings = TreatmentNote.class.getDeclaredField("findings");
        findings.setAccessible(true);
        findings.set(note, "Sin hallazgos"); // what an owner with the trigger disabled could do to the row

        assertFalse(note.view(List.of()).intact());
    }

    @Test
    void sealsDifferWhenAnythingSignedDiffers() {
        TreatmentNote one = draft(aNote().build());
        TreatmentNote two = draft(aNote().build());
        one.sign(ExpectedVersions.exactly(0), author, LATER);
        two.sign(ExpectedVersions.exactly(0), author, LATER);

        assertNotEquals(one.view(List.of()).contentHash(), two.view(List.of()).contentHash(), "the id is sealed");
    }

    @Test
    void anAmendmentCorrectsASignedNoteAndIsSignedByItsOwnAuthor() {
        TreatmentNote original = draft(aNote().build());
        original.sign(ExpectedVersions.exactly(0), author, NOW);
        String sealOfOriginal = original.view(List.of()).contentHash();

        TreatmentNote amendment =
                original.amend(" Wrong tooth ", aNote().findings("Caries en 46").build(), colleague, LATER);

        NoteView view = amendment.view(List.of());
        assertEquals(original.id(), view.amends());
        assertEquals("Wrong tooth", view.amendmentReason());
        assertEquals(NoteStatus.SIGNED, view.status());
        assertEquals(colleague.userId(), view.authorId());
        assertTrue(view.intact());
        assertEquals(sealOfOriginal, original.view(List.of()).contentHash(), "the original stays as it was");
        assertEquals(aNote().build().findings(), original.content().findings());
    }

    @Test
    void anAmendmentNeedsAReasonAndContent() {
        TreatmentNote original = draft(aNote().build());
        original.sign(ExpectedVersions.exactly(0), author, NOW);

        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> original.amend("  ", NoteContent.EMPTY, colleague, LATER));

        assertEquals(
                List.of("reason", "content"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void draftsAndAmendmentsAreNotAmended() {
        TreatmentNote draft = draft(aNote().build());
        assertThrows(AmendmentNotAllowedException.class, () -> draft.amend("why", aNote().build(), author, LATER));

        draft.sign(ExpectedVersions.exactly(0), author, NOW);
        TreatmentNote amendment = draft.amend("why", aNote().build(), author, LATER);
        assertThrows(AmendmentNotAllowedException.class, () -> amendment.amend("why", aNote().build(), author, LATER));
    }

    private TreatmentNote draft(NoteContent content) {
        return TreatmentNote.draft(clinic, encounter, content, author, NOW);
    }
}
