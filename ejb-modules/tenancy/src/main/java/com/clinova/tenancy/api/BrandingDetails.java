package com.clinova.tenancy.api;

/**
 * What a clinic admin chooses: the name shown in the portal and on documents, the primary colour
 * (header and buttons, under white text) and an optional accent colour (links and outlines on
 * white; null derives it from the primary colour). Colours are {@code #rrggbb}.
 */
public record BrandingDetails(String displayName, String primaryColour, String accentColour) {}
