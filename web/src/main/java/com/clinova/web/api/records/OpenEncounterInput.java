package com.clinova.web.api.records;

/** Body of {@code POST /api/v1/encounters}: the appointment whose visit is recorded. */
public record OpenEncounterInput(String appointmentId) {}
