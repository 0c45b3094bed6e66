package com.clinova.records.application;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterNotFoundException;
import com.clinova.records.api.ExpectedVersions;
import com.clinova.records.api.NoteContent;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteNotFoundException;
import com.clinova.records.api.NoteView;
import com.clinova.records.api.TreatmentNoteService;
import com.clinova.records.domain.Encounter;
import com.clinova.records.domain.EncounterRepository;
import com.clinova.records.domain.TreatmentNote;
import com.clinova.records.domain.TreatmentNoteRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Practitioners write notes; they and clinic admins read them. Whether the caller may change a
 * particular note (its author, a draft, the version they read) is the note's own rule.
 */
@Stateless
@DeclareRoles({PRACTITIONER, CLINIC_ADMIN})
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class DefaultTreatmentNoteService implements TreatmentNoteService {

    @Inject
    TreatmentNoteRepository notes;

    @Inject
    EncounterRepository encounters;

    @Inject
    Clinicians clinicians;

    @Inject
    RecordsSettings settings;

    @Inject
    RecordsAccess access;

    @Resource
    SessionContext context;

    @Override
    @RolesAllowed(PRACTITIONER)
    public NoteView draft(EncounterId encounterId, NoteContent content) {
        Encounter encounter =
                encounters.findForAdding(encounterId).orElseThrow(() -> new EncounterNotFoundException(encounterId));
        TreatmentNote note = TreatmentNote.draft(
                TenantContext.require(), encounterId, content, clinicians.of(context), Instant.now());
        settings.limits().requireRoomForNote(notes.countIn(encounterId));
        notes.add(note);
        access.note(AuditAction.CREATE, note, encounter);
        return note.view(List.of());
    }

    @Override
    @RolesAllowed(PRACTITIONER)
    public NoteView revise(NoteId id, ExpectedVersions expected, NoteContent content) {
        TreatmentNote note = load(id);
        note.revise(expected, content, clinicians.of(context), Instant.now());
        notes.save(note);
        access.note(AuditAction.UPDATE, note, encounterOf(note));
        return note.view(List.of());
    }

    @Override
    @RolesAllowed(PRACTITIONER)
    public NoteView sign(NoteId id, ExpectedVersions expected) {
        TreatmentNote note = load(id);
        note.sign(expected, clinicians.of(context), Instant.now());
        notes.save(note);
        access.note(AuditAction.UPDATE, note, encounterOf(note));
        return note.view(List.of());
    }

    @Override
    @RolesAllowed(PRACTITIONER)
    public NoteView amend(NoteId originalId, String reason, NoteContent correction) {
        TreatmentNote original = load(originalId);
        Encounter encounter = encounters.findForAdding(original.encounterId()).orElseThrow();
        TreatmentNote amendment = original.amend(reason, correction, clinicians.of(context), Instant.now());
        settings.limits().requireRoomForNote(notes.countIn(original.encounterId()));
        notes.add(amendment);
        access.note(AuditAction.CREATE, amendment, encounter);
        return amendment.view(List.of());
    }

    /** Reading an original reads its amendments with it; finding nothing is not recorded. */
    @Override
    public Optional<NoteView> find(NoteId id) {
        Optional<TreatmentNote> note = notes.find(id);
        if (note.isEmpty()) {
            return Optional.empty();
        }
        List<NoteView> amendments = note.get().isAmendment()
                ? List.of()
                : notes.amendmentsOf(id).stream().map(a -> a.view(List.of())).toList();
        access.note(AuditAction.READ, note.get(), encounterOf(note.get()));
        return Optional.of(note.get().view(amendments));
    }

    @Override
    public List<NoteView> ofEncounter(EncounterId encounterId) {
        Encounter encounter =
                encounters.find(encounterId).orElseThrow(() -> new EncounterNotFoundException(encounterId));
        List<NoteView> listed = NoteThreads.of(notes.ofEncounter(encounterId));
        access.notes(encounter);
        return listed;
    }

    private TreatmentNote load(NoteId id) {
        return notes.find(id).orElseThrow(() -> new NoteNotFoundException(id));
    }

    /** A note's encounter exists: the database's foreign key and row-level security see to it. */
    private Encounter encounterOf(TreatmentNote note) {
        return encounters.find(note.encounterId()).orElseThrow();
    }
}
