package com.clinova.web.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** An OAuth 2-style bearer token answer. */
public record TokenResponse(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn) {}
