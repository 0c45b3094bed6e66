/**
 * The records context as other code may use it: {@link com.clinova.records.api.EncounterService},
 * {@link com.clinova.records.api.TreatmentNoteService}, {@link
 * com.clinova.records.api.AttachmentService} and the immutable records they take and return.
 * Entities never cross this boundary.
 */
package com.clinova.records.api;
