package com.clinova.platform.paging;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes a list of key parts as {@code base64url(payload).base64url(hmac)} where the payload
 * starts with the tenant. Decoding under another tenant, or of a tampered cursor, is a 400
 * problem — never a page of someone else's data.
 */
public final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public CursorCodec(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("cursor secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String encode(TenantId tenant, List<String> keyParts) {
        StringBuilder payload = new StringBuilder(tenant.toString());
        for (String part : keyParts) {
            if (part.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("key part contains the separator");
            }
            payload.append(SEPARATOR).append(part);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    public List<String> decode(TenantId tenant, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                throw invalid();
            }
            List<String> parts = split(new String(payload, StandardCharsets.UTF_8));
            if (!parts.get(0).equals(tenant.toString())) {
                throw invalid();
            }
            return List.copyOf(parts.subList(1, parts.size()));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static List<String> split(String payload) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= payload.length(); i++) {
            if (i == payload.length() || payload.charAt(i) == SEPARATOR) {
                parts.add(payload.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    private static RuleViolationException invalid() {
        return new RuleViolationException("cursor", "is not a cursor issued for this query");
    }
}
