package com.clinova.records.application;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.records.api.AttachmentFile;
import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.AttachmentService;
import com.clinova.records.api.AttachmentView;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterNotFoundException;
import com.clinova.records.domain.Attachment;
import com.clinova.records.domain.AttachmentContent;
import com.clinova.records.domain.AttachmentPolicy.UploadedFile;
import com.clinova.records.domain.AttachmentRepository;
import com.clinova.records.domain.Encounter;
import com.clinova.records.domain.EncounterRepository;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Feature;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Practitioners attach files; they and clinic admins list and download them. */
@Stateless
@DeclareRoles({PRACTITIONER, CLINIC_ADMIN})
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class DefaultAttachmentService implements AttachmentService {

    @Inject
    AttachmentRepository attachments;

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

    /** Attachments are a feature of the plan: every way in (API, portal) is refused alike when it is off. */
    @EJB
    Entitlements entitlements;

    @Override
    @RolesAllowed(PRACTITIONER)
    public AttachmentView upload(EncounterId encounterId, String fileName, byte[] content) {
        entitlements.require(Feature.RECORD_ATTACHMENTS);
        Encounter encounter =
                encounters.findForAdding(encounterId).orElseThrow(() -> new EncounterNotFoundException(encounterId));
        UploadedFile file = settings.limits().attachments().check(fileName, content);
        settings.limits().requireRoomForAttachment(attachments.countIn(encounterId));
        Attachment attachment =
                Attachment.of(TenantContext.require(), encounterId, file, clinicians.of(context), Instant.now());
        attachments.add(attachment, attachment.content(file.content()));
        access.attachment(AuditAction.CREATE, attachment, encounter);
        return attachment.view();
    }

    @Override
    public List<AttachmentView> ofEncounter(EncounterId encounterId) {
        entitlements.require(Feature.RECORD_ATTACHMENTS);
        Encounter encounter =
                encounters.find(encounterId).orElseThrow(() -> new EncounterNotFoundException(encounterId));
        List<AttachmentView> listed = attachments.ofEncounter(encounterId).stream()
                .map(Attachment::view)
                .toList();
        access.attachments(encounter);
        return listed;
    }

    /** A download hands the file out of Clinova: recorded as an export of the patient's data. */
    @Override
    public Optional<AttachmentFile> download(AttachmentId id) {
        entitlements.require(Feature.RECORD_ATTACHMENTS);
        Optional<Attachment> attachment = attachments.find(id);
        if (attachment.isEmpty()) {
            return Optional.empty();
        }
        AttachmentContent content = attachments.content(id).orElseThrow();
        Encounter encounter = encounters.find(attachment.get().encounterId()).orElseThrow();
        access.attachment(AuditAction.EXPORT, attachment.get(), encounter);
        return Optional.of(new AttachmentFile(attachment.get().view(), content.bytes()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long maxBytes() {
        return settings.limits().attachments().maxBytes();
    }
}
