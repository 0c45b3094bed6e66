package com.clinova.records.application;

import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteView;
import com.clinova.records.domain.TreatmentNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arranges an encounter's entries as notes, each carrying its amendments, in writing order. */
final class NoteThreads {

    private NoteThreads() {}

    /** @param entries every note and amendment of one encounter, oldest first */
    static List<NoteView> of(List<TreatmentNote> entries) {
        Map<NoteId, List<NoteView>> amendmentsByNote = new LinkedHashMap<>();
        for (TreatmentNote entry : entries) {
            NoteView view = entry.view(List.of());
            if (view.isAmendment()) {
                amendmentsByNote
                        .computeIfAbsent(view.amends(), k -> new ArrayList<>())
                        .add(view);
            }
        }
        return entries.stream()
                .filter(entry -> !entry.isAmendment())
                .map(note -> note.view(amendmentsByNote.getOrDefault(note.id(), List.of())))
                .toList();
    }
}
