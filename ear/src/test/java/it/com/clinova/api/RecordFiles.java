package it.com.clinova.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files of each kind the records accept (by their first bytes), and some they refuse. */
final class RecordFiles {

    private RecordFiles() {}

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < png.length; i++) {
            png[i] = (byte) i;
        }
        return png;
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    }

    /** An HTML page with a script: what a file claiming to be a PDF might really be. */
    static byte[] html() {
        return "<!doctype html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of exactly {@code size} bytes. */
    static byte[] pdfOfSize(int size) {
        byte[] file = Arrays.copyOf(pdf(), size);
        Arrays.fill(file, pdf().length, size, (byte) ' ');
        return file;
    }
}
