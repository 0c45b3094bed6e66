package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.UUID;

/** A signed-in SaaS operator. Small and serializable: it lives in console sessions. */
public record Operator(UUID id, String username, String displayName) implements Serializable {}
