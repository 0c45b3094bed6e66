package com.clinova.web.api.records;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.AttachmentTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads an upload's raw body without ever holding more than the limit plus one byte: a declared
 * length above the limit is refused before reading, and an undeclared (chunked) body is cut off
 * as soon as it passes the limit. The file's name comes in the {@code Slug} header (RFC 5023,
 * percent-encoded UTF-8), so it never lands in URLs and access logs.
 */
public final class UploadedBody {

    private static final int CHUNK = 64 * 1024;

    private UploadedBody() {}

    public static byte[] read(InputStream body, String contentLength, long maxBytes) {
        if (declaredLength(contentLength) > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = body) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                content.write(chunk, 0, n);
                if (content.size() > maxBytes) {
                    throw new AttachmentTooLargeException(maxBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        return content.toByteArray();
    }

    /** The file name from {@code Slug}, percent-decoded; null when absent (the domain reports it). */
    static String fileName(String slug) {
        if (slug == null) {
            return null;
        }
        try {
            // '+' is literal in a Slug; URLDecoder would turn it into a space.
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("Slug", "must be a file name, percent-encoded as UTF-8");
        }
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
