package com.clinova.practice.api;

import java.io.Serializable;

/** What an admin enters for a location; {@code timeZone} is an IANA zone such as Europe/Madrid. */
public record LocationDetails(String name, String address, String phone, String timeZone) implements Serializable {}
