package com.clinova.practice.api;

import java.io.Serializable;

/**
 * What an admin enters for a practitioner. {@code colour} ({@code #rrggbb}, optional) tells
 * practitioners apart in calendars.
 */
public record PractitionerDetails(String displayName, String specialty, String colour) implements Serializable {}
