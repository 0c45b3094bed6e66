package com.clinova.web.portal.records;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.AttachmentTooLargeException;
import com.clinova.records.api.EncounterFullException;
import com.clinova.records.api.UnsupportedAttachmentTypeException;
import com.clinova.tenancy.api.FeatureDisabledException;
import com.clinova.web.api.records.UploadedBody;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Uploading a file on the encounter page. The file's bytes are read with the same bound as the
 * API's uploads and judged by the records context (type by content, size by configuration).
 */
@Named("attachmentsPanel")
@ViewScoped
public class AttachmentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE = "attachment-upload:file";

    @Inject
    PortalRecords records;

    @Inject
    EncounterRecordView page;

    /** Lives for one post only: a multipart part cannot (and must not) be kept in the session. */
    private transient Part file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PortalMessages.error(FILE, "records.attachment.choose");
            return;
        }
        try {
            byte[] content = UploadedBody.read(
                    file.getInputStream(),
                    Long.toString(file.getSize()),
                    records.attachments().maxBytes());
            records.attachments().upload(page.getEncounter().id(), file.getSubmittedFileName(), content);
            PortalMessages.info("records.attachment.saved");
            page.refresh();
        } catch (AttachmentTooLargeException e) {
            PortalMessages.error(FILE, "records.attachment.tooLarge", e.limitBytes() / (1024 * 1024));
        } catch (UnsupportedAttachmentTypeException e) {
            PortalMessages.error(FILE, "records.attachment.type");
        } catch (RuleViolationException e) {
            PortalMessages.error(FILE, "records.attachment.choose");
        } catch (FeatureDisabledException e) {
            PortalMessages.error(null, "plan.feature.disabled");
            page.refresh();
        } catch (EncounterFullException e) {
            PortalMessages.error(null, "records.encounter.full");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
