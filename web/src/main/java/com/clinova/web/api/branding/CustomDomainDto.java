package com.clinova.web.api.branding;

import com.clinova.tenancy.api.CustomDomainView;
import java.util.List;
import java.util.Objects;

/**
 * A custom domain: {@code active}, or {@code pending} with the DNS record to publish ({@code
 * verification}) and what the last check found.
 */
public record CustomDomainDto(String domain, String status, VerificationDto verification) {

    /** Publish a TXT record named {@code name} holding {@code value}, then ask for verification. */
    public record VerificationDto(String type, String name, String value, String checkedAt, String failure) {}

    /** The clinic's domains, active first. */
    public record ListDto(List<CustomDomainDto> items) {}

    static CustomDomainDto of(CustomDomainView view) {
        VerificationDto verification = view.isActive()
                ? null
                : new VerificationDto(
                        "TXT",
                        view.recordName(),
                        view.recordValue(),
                        Objects.toString(view.checkedAt(), null),
                        view.failure());
        return new CustomDomainDto(view.domain(), view.status(), verification);
    }
}
