package com.clinova.web.api.billing;

/** Why an issued invoice is voided (required). */
public record VoidInput(String reason) {}
