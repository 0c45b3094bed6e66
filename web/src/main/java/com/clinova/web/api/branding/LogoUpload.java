package com.clinova.web.api.branding;

import com.clinova.tenancy.api.LogoTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a logo upload's raw body holding at most the limit plus one chunk: a declared length
 * above the limit is refused before reading, a chunked body as soon as it passes the limit.
 */
final class LogoUpload {

    private static final int CHUNK = 16 * 1024;

    private LogoUpload() {}

    static byte[] read(InputStream body, String contentLength, long maxBytes) {
        if (declared(contentLength) > maxBytes) {
            throw new LogoTooLargeException(maxBytes);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = body) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                content.write(chunk, 0, n);
                if (content.size() > maxBytes) {
                    throw new LogoTooLargeException(maxBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        return content.toByteArray();
    }

    private static long declared(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
