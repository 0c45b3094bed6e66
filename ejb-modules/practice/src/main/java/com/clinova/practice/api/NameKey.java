package com.clinova.practice.api;

import java.io.Serializable;
import java.util.UUID;

/** Position in a list ordered by name, then id: where the next page of a keyset listing starts. */
public record NameKey(String name, UUID id) implements Serializable {}
