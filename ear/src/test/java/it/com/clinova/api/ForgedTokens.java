package it.com.clinova.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Re-signs a real token after changing its claims, with the test server's signing secret (the
 * development default unless {@code clinova.it.jwt.secret} says otherwise). This is how a test gets
 * an expired token without waiting an hour; tests first check that an unchanged re-signed token is
 * accepted, so a wrong secret cannot make them pass for the wrong reason.
 */
final class ForgedTokens {

    private static final String SECRET =
            System.getProperty("clinova.it.jwt.secret", "dev-only-jwt-secret-change-me-0123456789");
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {}

    static String resign(String token, Consumer<ObjectNode> changeClaims) {
        String[] parts = token.split("\\.");
        try {
            ObjectNode claims = (ObjectNode) ApiResponse.JSON.readTree(DECODE.decode(parts[1]));
            changeClaims.accept(claims);
            String signed = parts[0] + "." + ENCODE.encodeToString(ApiResponse.JSON.writeValueAsBytes(claims));
            return signed + "." + ENCODE.encodeToString(hmac(signed));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT: " + token, e);
        }
    }

    /**
     * Same claims, wrong signature. A character inside the signature is changed, not the last one,
     * whose low bits are only base64 padding and may be ignored by the decoder.
     */
    static String tampered(String token) {
        int at = token.length() - 10;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }

    private static byte[] hmac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
