package com.clinova.web.portal.records;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.records.api.AmendmentNotAllowedException;
import com.clinova.records.api.EncounterFullException;
import com.clinova.records.api.ExpectedVersions;
import com.clinova.records.api.NotNoteAuthorException;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteNotFoundException;
import com.clinova.records.api.NoteSignedException;
import com.clinova.records.api.NoteView;
import com.clinova.tenancy.api.StaffMember;
import com.clinova.web.portal.PortalMessages;
import com.clinova.web.security.SignedInStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * Writing on the encounter page: one editor for a new note or the author's draft, a sign step that
 * asks for confirmation first (signing is final), and an amendment form under a signed note. The
 * version shown when editing or asking to sign travels with the view, so what is saved or signed
 * is exactly what the author saw.
 */
@Named("notesPanel")
@ViewScoped
public class NotesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalRecords records;

    @Inject
    EncounterRecordView page;

    private NoteForm editor = new NoteForm();
    private NoteId editing;
    private long editingVersion;
    private NoteId confirmingSign;
    private long confirmingVersion;
    private NoteId amending;
    private NoteForm amendment = new NoteForm();

    public void edit(NoteView draft) {
        editing = draft.id();
        editingVersion = draft.version();
        editor = NoteForm.of(draft.content());
    }

    public void cancelEdit() {
        editing = null;
        editor = new NoteForm();
    }

    public void save() {
        try {
            if (editing == null) {
                records.notes().draft(page.getEncounter().id(), editor.toContent());
            } else {
                records.notes().revise(editing, ExpectedVersions.exactly(editingVersion), editor.toContent());
            }
            PortalMessages.info("records.note.saved");
            cancelEdit();
            page.refresh();
        } catch (RuleViolationException e) {
            new NoteViolations("note-editor").show(e.violations());
        } catch (StaleVersionException | NoteSignedException | NotNoteAuthorException | NoteNotFoundException e) {
            refused(e);
        } catch (EncounterFullException e) {
            PortalMessages.error(null, "records.encounter.full");
        }
    }

    /** First step of signing: the page asks the author to confirm. */
    public void askToSign(NoteView draft) {
        confirmingSign = draft.id();
        confirmingVersion = draft.version();
    }

    public void cancelSign() {
        confirmingSign = null;
    }

    public void sign() {
        try {
            records.notes().sign(confirmingSign, ExpectedVersions.exactly(confirmingVersion));
            PortalMessages.info("records.note.signed");
            if (confirmingSign.equals(editing)) {
                cancelEdit();
            }
        } catch (RuleViolationException
                | StaleVersionException
                | NoteSignedException
                | NotNoteAuthorException
                | NoteNotFoundException e) {
            refused(e);
        }
        confirmingSign = null;
        page.refresh();
    }

    public void startAmendment(NoteView signed) {
        amending = signed.id();
        amendment = new NoteForm();
    }

    public void cancelAmendment() {
        amending = null;
    }

    public void amend() {
        try {
            records.notes().amend(amending, amendment.getReason(), amendment.toContent());
            PortalMessages.info("records.amendment.saved");
            amending = null;
            page.refresh();
        } catch (RuleViolationException e) {
            new NoteViolations("amendment").show(e.violations());
        } catch (AmendmentNotAllowedException | NoteNotFoundException e) {
            refused(e);
        } catch (EncounterFullException e) {
            PortalMessages.error(null, "records.encounter.full");
        }
    }

    /** Someone (or something) changed the note since this page read it: show what is stored now. */
    private void refused(RuntimeException e) {
        String key = e instanceof StaleVersionException
                ? "records.note.stale"
                : e instanceof NotNoteAuthorException
                        ? "records.note.notAuthor"
                        : e instanceof RuleViolationException ? "records.note.empty" : "records.note.changed";
        PortalMessages.error(null, key);
        cancelEdit();
        page.refresh();
    }

    public boolean isEditing(NoteView note) {
        return note.id().equals(editing);
    }

    public boolean isConfirming(NoteView note) {
        return note.id().equals(confirmingSign);
    }

    public boolean isAmending(NoteView note) {
        return note.id().equals(amending);
    }

    public boolean isAmendingAny() {
        return amending != null;
    }

    public boolean isEditingDraft() {
        return editing != null;
    }

    /** Whether the signed-in staff member wrote this note (only they edit or sign a draft). */
    public boolean isMine(NoteView note) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return SignedInStaff.of(request)
                .map(StaffMember::id)
                .filter(note.authorId()::equals)
                .isPresent();
    }

    public NoteForm getEditor() {
        return editor;
    }

    public NoteForm getAmendment() {
        return amendment;
    }
}
