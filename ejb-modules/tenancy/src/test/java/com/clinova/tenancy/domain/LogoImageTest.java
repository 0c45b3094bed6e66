package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.LogoRejectedException;
import com.clinova.tenancy.api.LogoTooLargeException;
import com.clinova.tenancy.api.UnsupportedLogoException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    private static final LogoImage.Limits LIMITS = new LogoImage.Limits(64 * 1024, 512, 256, 16);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void aRealPngIsAcceptedWithItsSize() throws IOException {
        LogoImage logo = LogoImage.inspect(image(120, 40, "png"), LIMITS);

        assertEquals(LogoImage.PNG, logo.contentType());
        assertEquals(120, logo.width());
        assertEquals(40, logo.height());
    }

    @Test
    void aRealJpegIsAcceptedWhateverItIsCalled() throws IOException {
        assertEquals(
                LogoImage.JPEG, LogoImage.inspect(image(64, 64, "jpeg"), LIMITS).contentType());
    }

    @Test
    void aTextFileWithAFakePngHeaderIsRefusedAsUnreadable() {
        byte[] text = "this is not an image, only its first bytes say so".getBytes(StandardCharsets.US_ASCII);
        byte[] fake = concat(PNG_SIGNATURE, text);

        LogoRejectedException refused =
                assertThrows(LogoRejectedException.class, () -> LogoImage.inspect(fake, LIMITS));
        assertTrue(refused.getMessage().contains("not a readable one"), refused.getMessage());
    }

    @Test
    void aPlainTextFileIsAnUnsupportedType() {
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);

        assertThrows(UnsupportedLogoException.class, () -> LogoImage.inspect(text, LIMITS));
    }

    @Test
    void svgIsRefusedWithTheReason() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        UnsupportedLogoException refused =
                assertThrows(UnsupportedLogoException.class, () -> LogoImage.inspect(svg, LIMITS));
        assertTrue(refused.getMessage().contains("SVG"), refused.getMessage());
        assertTrue(refused.getMessage().contains("scripts"), refused.getMessage());
    }

    @Test
    void anImageWiderThanTheLimitIsRefusedNamingItsSize() throws IOException {
        LogoRejectedException refused =
                assertThrows(LogoRejectedException.class, () -> LogoImage.inspect(image(600, 40, "png"), LIMITS));

        assertEquals("The logo is 600×40 pixels; at most 512×256 are accepted", refused.getMessage());
    }

    @Test
    void aTinyImageIsRefused() throws IOException {
        assertThrows(LogoRejectedException.class, () -> LogoImage.inspect(image(8, 8, "png"), LIMITS));
    }

    /** 60000 × 60000 pixels (14 GB decoded) in 60 bytes: refused from the header, never decoded. */
    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = pngHeaderOnly(60_000, 60_000);

        LogoRejectedException refused =
                assertThrows(LogoRejectedException.class, () -> LogoImage.inspect(bomb, LIMITS));
        assertTrue(refused.getMessage().startsWith("The logo is 60000×60000 pixels"), refused.getMessage());
    }

    @Test
    void moreBytesThanTheLimitAreRefusedBeforeLookingAtThem() {
        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(PNG_SIGNATURE, 0, big, 0, PNG_SIGNATURE.length);

        assertEquals(
                64 * 1024,
                assertThrows(LogoTooLargeException.class, () -> LogoImage.inspect(big, LIMITS))
                        .limitBytes());
    }

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, height / 2, 0x0f766e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(PNG_SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(ihdr);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        byte[] chunk = ihdr.toByteArray();
        DataOutputStream body = new DataOutputStream(out);
        body.writeInt(chunk.length - 4);
        body.write(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        body.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
