package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.ClinicSignUp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tells a retry from a different request under the same idempotency key: SHA-256 over every field
 * of the sign-up except the password (which is never stored, not even as a digest), each
 * length-prefixed so no value can imitate a field border.
 */
public final class SignUpFingerprint {

    private SignUpFingerprint() {}

    public static String of(ClinicSignUp s) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {
            SignUpRules.trimmed(s.clinicName()),
            s.slug(),
            SignUpRules.username(s.adminEmail()),
            s.country(),
            s.locale(),
            s.timeZone(),
            s.currency(),
            s.planCode() == null ? PlanCodes.DEFAULT : s.planCode(),
            Boolean.toString(s.sampleData())
        }) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
