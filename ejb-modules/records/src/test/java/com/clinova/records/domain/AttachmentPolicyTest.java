package com.clinova.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.records.api.AttachmentTooLargeException;
import com.clinova.records.api.UnsupportedAttachmentTypeException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final AttachmentPolicy policy = new AttachmentPolicy(64);

    @Test
    void recognisesEachAllowedTypeByItsBytes() {
        assertEquals(AttachmentType.PDF, policy.check("informe.pdf", PDF).type());
        assertEquals(AttachmentType.JPEG, policy.check("rx.jpg", JPEG).type());
        assertEquals(AttachmentType.PNG, policy.check("foto.png", PNG).type());
    }

    @Test
    void theNameOrDeclaredTypeDoesNotMakeAFileAPdf() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThrows(UnsupportedAttachmentTypeException.class, () -> policy.check("scan.pdf", html));
        byte[] truncatedPng = Arrays.copyOf(PNG, 7);
        assertThrows(UnsupportedAttachmentTypeException.class, () -> policy.check("x.png", truncatedPng));
    }

    @Test
    void theLimitIsInclusive() {
        byte[] atLimit = Arrays.copyOf(PDF, 64);
        assertEquals(64, policy.check("a.pdf", atLimit).content().length);

        AttachmentTooLargeException e =
                assertThrows(AttachmentTooLargeException.class, () -> policy.check("a.pdf", Arrays.copyOf(PDF, 65)));
        assertEquals(64, e.limitBytes());
    }

    @Test
    void aMissingNameAndAnEmptyFileAreReportedTogether() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> policy.check(" ", new byte[0]));
        assertEquals(
                List.of("fileName", "file"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void theDigestIsTheSha256OfTheBytes() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Digests.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Digests.sha256Hex(PNG), policy.check("x.png", PNG).sha256());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "informe.pdf|PDF|informe.pdf",
                "INFORME.PDF|PDF|INFORME.PDF",
                "../../etc/passwd|PDF|passwd.pdf",
                "C:\\Users\\ana\\rx lateral.jpeg|JPEG|rx lateral.jpeg",
                "rx.png|JPEG|rx.png.jpg",
                "..|PNG|attachment.png",
                "  .hidden  |PNG|hidden.png",
                "a\"b<c>?.pdf|PDF|a_b_c__.pdf",
                "photo\u202Egnp.exe|PNG|photo_gnp.exe.png",
                "tab\there.pdf|PDF|tab_here.pdf"
            })
    void fileNamesAreMadeSafeAndMatchTheirType(String uploaded, AttachmentType type, String stored) {
        assertEquals(stored, FileNames.clean(uploaded, type));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String cleaned = FileNames.clean("n".repeat(300) + ".pdf", AttachmentType.PDF);
        assertEquals(255, cleaned.length());
        assertEquals(true, cleaned.endsWith("n.pdf"));
        assertEquals(255, FileNames.clean("n".repeat(300), AttachmentType.JPEG).length());
    }
}
