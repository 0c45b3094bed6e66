package com.clinova.records.api;

import java.time.Instant;
import java.util.UUID;

/** Position of an encounter in a patient's history (newest first), for keyset pagination. */
public record EncounterKey(Instant openedAt, UUID id) {}
