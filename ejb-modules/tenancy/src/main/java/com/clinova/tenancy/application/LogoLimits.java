package com.clinova.tenancy.application;

import com.clinova.tenancy.domain.LogoImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The logo limits, configuration rather than constants (Liberty variables / environment). */
@ApplicationScoped
public class LogoLimits {

    @Inject
    @ConfigProperty(name = "clinova.branding.logo.max-bytes", defaultValue = "524288")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "clinova.branding.logo.max-width", defaultValue = "2048")
    int maxWidth;

    @Inject
    @ConfigProperty(name = "clinova.branding.logo.max-height", defaultValue = "2048")
    int maxHeight;

    @Inject
    @ConfigProperty(name = "clinova.branding.logo.min-side", defaultValue = "16")
    int minSide;

    long maxBytes() {
        return maxBytes;
    }

    LogoImage.Limits limits() {
        return new LogoImage.Limits(maxBytes, maxWidth, maxHeight, minSide);
    }
}
