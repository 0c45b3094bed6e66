package com.clinova.web.api.branding;

/** A domain to claim, e.g. {@code portal.clinica-sol.es} (internationalised names are accepted). */
public record DomainInput(String domain) {}
