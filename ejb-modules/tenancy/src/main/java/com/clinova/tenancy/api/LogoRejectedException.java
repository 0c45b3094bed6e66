package com.clinova.tenancy.api;

import com.clinova.platform.error.ClinovaException;
import com.clinova.platform.error.SpecificProblem;

/** The logo is a PNG or JPEG but cannot be used: damaged, disguised, or outside the pixel limits. */
public class LogoRejectedException extends ClinovaException implements SpecificProblem {

    public LogoRejectedException(String message) {
        super(message);
    }

    @Override
    public String problemSlug() {
        return "logo-rejected";
    }

    @Override
    public String problemTitle() {
        return "Logo not accepted";
    }
}
