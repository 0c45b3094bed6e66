package com.clinova.records.domain;

/**
 * Turns an uploader's file name into one that is safe to store and to offer for download: no
 * directories, no control, format (e.g. right-to-left override) or reserved characters, no leading dots, at most 255 characters, and an
 * extension that matches what the file really is (so a download opens in the right program).
 */
final class FileNames {

    static final int MAX = 255;
    private static final String FALLBACK = "attachment";

    private FileNames() {}

    static String clean(String uploaded, AttachmentType type) {
        String name = lastSegment(uploaded)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|]", "_")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceFirst("^\\.+", "")
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            name = FALLBACK;
        }
        String extension = type.isNamedLikeIt(name) ? "" : "." + type.extension();
        int room = MAX - extension.length();
        if (name.length() > room) {
            name = type.isNamedLikeIt(name) ? shorten(name, room) : name.substring(0, room);
        }
        return name + extension;
    }

    /** Cuts the base name, keeping the extension. */
    private static String shorten(String name, int max) {
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot);
        return name.substring(0, max - extension.length()) + extension;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
