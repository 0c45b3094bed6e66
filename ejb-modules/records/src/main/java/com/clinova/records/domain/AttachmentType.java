package com.clinova.records.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a record may hold, each recognised by the signature its format begins with.
 * What the uploader calls the file, or which type their client declares, is never trusted: an
 * HTML page renamed {@code scan.pdf} is not a PDF.
 */
public enum AttachmentType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    AttachmentType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The type whose signature {@code content} starts with; empty for anything else. */
    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.begins(content)).findFirst();
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    private boolean begins(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, added to a file name that lacks one of this type's. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean isNamedLikeIt(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
