package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.LogoRejectedException;
import com.clinova.tenancy.api.LogoTooLargeException;
import com.clinova.tenancy.api.UnsupportedLogoException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A logo accepted for storage: PNG or JPEG judged by its first bytes (never by a name or a
 * declared type), at most the configured bytes and pixels. The pixel size is read from the
 * image header before anything is decoded, so a small file claiming a huge canvas (a
 * decompression bomb) is refused without allocating it; only an image within the limits is
 * then decoded once in full, which proves the rest of the file is intact too.
 *
 * <p>SVG is refused: it is an XML program (scripts, external references, entity expansion) that
 * would need a vetted sanitiser to serve safely, and invoices would need it rasterised.
 */
public record LogoImage(String contentType, byte[] bytes, int width, int height) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** What a clinic may upload. */
    public record Limits(long maxBytes, int maxWidth, int maxHeight, int minSide) {}

    public static LogoImage inspect(byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new LogoTooLargeException(limits.maxBytes());
        }
        String type = sniff(bytes);
        String format = PNG.equals(type) ? "png" : "jpeg";
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No " + format + " reader in this Java runtime");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            requireWithin(width, height, limits);
            BufferedImage decoded = reader.read(0);
            if (decoded == null) {
                throw unreadable(format);
            }
            return new LogoImage(type, bytes.clone(), width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRejectedException rejected) {
                throw rejected;
            }
            throw unreadable(format);
        } finally {
            reader.dispose();
        }
    }

    private static void requireWithin(int width, int height, Limits limits) {
        if (width > limits.maxWidth() || height > limits.maxHeight()) {
            throw new LogoRejectedException(String.format(
                    Locale.ROOT,
                    "The logo is %d×%d pixels; at most %d×%d are accepted",
                    width,
                    height,
                    limits.maxWidth(),
                    limits.maxHeight()));
        }
        if (width < limits.minSide() || height < limits.minSide()) {
            throw new LogoRejectedException(String.format(
                    Locale.ROOT,
                    "The logo is %d×%d pixels; each side needs at least %d",
                    width,
                    height,
                    limits.minSide()));
        }
    }

    private static LogoRejectedException unreadable(String format) {
        return new LogoRejectedException("The file starts like a " + format.toUpperCase(Locale.ROOT)
                + " image but is not a readable one (damaged or disguised)");
    }

    private static String sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_SIGNATURE)) {
            return JPEG;
        }
        String head =
                new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<svg") || head.stripLeading().startsWith("<?xml")) {
            throw new UnsupportedLogoException("SVG logos are not accepted: an SVG file is a program that can"
                    + " run scripts and load other content, and cannot be served or printed safely without a"
                    + " sanitiser. Upload the logo as PNG (or JPEG).");
        }
        throw new UnsupportedLogoException("A logo must be a PNG or JPEG image (judged by its content)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoImage logo
                && logo.contentType.equals(contentType)
                && Arrays.equals(logo.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "LogoImage[" + contentType + ", " + width + "×" + height + ", " + bytes.length + " bytes]";
    }
}
