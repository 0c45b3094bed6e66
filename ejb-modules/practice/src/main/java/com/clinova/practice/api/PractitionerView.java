package com.clinova.practice.api;

import java.io.Serializable;
import java.util.UUID;

/** Someone patients are booked with; {@code userId} is the staff account, when there is one. */
public record PractitionerView(
        UUID id, UUID userId, String displayName, String specialty, String colour, boolean active)
        implements Serializable {}
