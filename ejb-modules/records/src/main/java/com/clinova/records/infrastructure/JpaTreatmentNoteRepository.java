package com.clinova.records.infrastructure;

import com.clinova.platform.error.StaleVersionException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteSignedException;
import com.clinova.records.domain.TreatmentNote;
import com.clinova.records.domain.TreatmentNoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTreatmentNoteRepository implements TreatmentNoteRepository {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public Optional<TreatmentNote> find(NoteId id) {
        return Optional.ofNullable(em.find(TreatmentNote.class, id.value()));
    }

    @Override
    public List<TreatmentNote> ofEncounter(EncounterId encounter) {
        return em.createQuery(
                        "select n from TreatmentNote n where n.encounterId = :encounter order by n.createdAt, n.id",
                        TreatmentNote.class)
                .setParameter("encounter", encounter.value())
                .getResultList();
    }

    @Override
    public List<TreatmentNote> amendmentsOf(NoteId note) {
        return em.createQuery(
                        "select n from TreatmentNote n where n.amendsId = :note order by n.createdAt, n.id",
                        TreatmentNote.class)
                .setParameter("note", note.value())
                .getResultList();
    }

    @Override
    public long countIn(EncounterId encounter) {
        return em.createQuery("select count(n) from TreatmentNote n where n.encounterId = :encounter", Long.class)
                .setParameter("encounter", encounter.value())
                .getSingleResult();
    }

    @Override
    public void add(TreatmentNote note) {
        em.persist(note);
        flush(note);
    }

    @Override
    public void save(TreatmentNote note) {
        flush(note);
    }

    private void flush(TreatmentNote note) {
        try {
            em.flush();
            em.refresh(note); // the stored row is what later reads show
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Treatment note", note.version());
        } catch (PersistenceException e) {
            // The domain refuses changes of signed notes; this is the database saying so after a race.
            if (SqlStates.is(e, SqlStates.SIGNED_RECORD)) {
                throw new NoteSignedException(note.id());
            }
            throw e;
        }
    }
}
