package com.clinova.web.api.scheduling;

/** Why an appointment is cancelled (required). */
public record CancelInput(String reason) {}
