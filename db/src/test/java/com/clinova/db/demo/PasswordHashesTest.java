package com.clinova.db.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    private static final String PASSWORD = "clinova-demo";

    @Test
    void aHashMatchesItsPassword() {
        assertTrue(PasswordHashes.matches(PASSWORD.toCharArray(), PasswordHashes.hash(PASSWORD.toCharArray())));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = PasswordHashes.hash(PASSWORD.toCharArray());
        assertFalse(PasswordHashes.matches("clinova-dem0".toCharArray(), hash));
        assertFalse(PasswordHashes.matches(new char[0], hash));
    }

    @Test
    void theFormatIsJakartaSecuritysPbkdf2() {
        String hash = PasswordHashes.hash(PASSWORD.toCharArray());
        String[] parts = hash.split(":");
        assertTrue(hash.matches("PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}="), hash);
        assertTrue(Base64.getDecoder().decode(parts[2]).length == 32);
        assertTrue(Base64.getDecoder().decode(parts[3]).length == 32);
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertNotEquals(PasswordHashes.hash(PASSWORD.toCharArray()), PasswordHashes.hash(PASSWORD.toCharArray()));
    }

    @Test
    void hashesMadeElsewhereWithOtherParametersVerify() throws Exception {
        byte[] salt = "sixteen byte slt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, 2048, 512);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(spec)
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        String foreign = "PBKDF2WithHmacSHA512:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        assertTrue(PasswordHashes.matches(PASSWORD.toCharArray(), foreign));
        assertFalse(PasswordHashes.matches("other".toCharArray(), foreign));
    }

    @Test
    void malformedHashesNeverMatch() {
        for (String broken : new String[] {
            null,
            "",
            "plain",
            "PBKDF2WithHmacSHA256:x:AAAA:AAAA",
            "PBKDF2WithHmacSHA256:1000:%%%:AAAA",
            "PBKDF2WithNothing:1000:AAAA:AAAA",
            "MD5:1000:AAAA:AAAA",
            "PBKDF2WithHmacSHA256:0:AAAA:AAAA"
        }) {
            assertFalse(PasswordHashes.matches(PASSWORD.toCharArray(), broken), String.valueOf(broken));
        }
    }
}
