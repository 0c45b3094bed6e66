/**
 * The records aggregates and their rules: {@link com.clinova.records.domain.Encounter}, {@link
 * com.clinova.records.domain.TreatmentNote} (drafts, signing, seals, amendments) and {@link
 * com.clinova.records.domain.Attachment} with its policy. Repository interfaces and the {@link
 * com.clinova.records.domain.Appointments} port live here, their implementations in
 * infrastructure. Nothing here knows about HTTP, other contexts' classes or the tenant filter.
 */
package com.clinova.records.domain;
