package com.clinova.tenancy.api;

import com.clinova.platform.error.SpecificProblem;
import com.clinova.platform.error.UnsupportedContentTypeException;

/** The uploaded logo is not a PNG or JPEG image by its content (SVG is refused on purpose). */
public class UnsupportedLogoException extends UnsupportedContentTypeException implements SpecificProblem {

    public UnsupportedLogoException(String message) {
        super(message);
    }

    @Override
    public String problemSlug() {
        return "unsupported-logo-type";
    }

    @Override
    public String problemTitle() {
        return "Unsupported logo type";
    }
}
