package com.clinova.records.infrastructure;

import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.EncounterId;
import com.clinova.records.domain.Attachment;
import com.clinova.records.domain.AttachmentContent;
import com.clinova.records.domain.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public void add(Attachment attachment, AttachmentContent content) {
        // The entities are unrelated by mapping, so EclipseLink may order their inserts either way:
        // flushing between them puts the description first, as the content's foreign key needs.
        em.persist(attachment);
        em.flush();
        em.persist(content);
        em.flush();
    }

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return Optional.ofNullable(em.find(Attachment.class, id.value()));
    }

    @Override
    public Optional<AttachmentContent> content(AttachmentId id) {
        return Optional.ofNullable(em.find(AttachmentContent.class, id.value()));
    }

    @Override
    public List<Attachment> ofEncounter(EncounterId encounter) {
        return em.createQuery(
                        "select a from Attachment a where a.encounterId = :encounter order by a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("encounter", encounter.value())
                .getResultList();
    }

    @Override
    public long countIn(EncounterId encounter) {
        return em.createQuery("select count(a) from Attachment a where a.encounterId = :encounter", Long.class)
                .setParameter("encounter", encounter.value())
                .getSingleResult();
    }
}
