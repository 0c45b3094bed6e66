package com.clinova.web.api.branding;

import com.clinova.tenancy.api.BrandingDetails;

/** Name and colours as clients send them; {@code accentColour} may be null or empty (derived). */
public record BrandingInput(String displayName, String primaryColour, String accentColour) {

    BrandingDetails toDetails() {
        return new BrandingDetails(displayName, primaryColour, accentColour);
    }
}
