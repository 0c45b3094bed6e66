package com.clinova.practice.api;

import java.io.Serializable;

/**
 * A view as read together with the version that guards concurrent edits (an HTTP ETag, a form's
 * hidden state): whoever changes the object must name the version they saw.
 */
public record Versioned<V>(V value, long version) implements Serializable {}
