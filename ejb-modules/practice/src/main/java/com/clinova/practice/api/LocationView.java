package com.clinova.practice.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.UUID;

/** A place the clinic works at; working hours there are wall-clock times in {@code timeZone}. */
public record LocationView(UUID id, String name, String address, String phone, ZoneId timeZone, boolean active)
        implements Serializable {}
