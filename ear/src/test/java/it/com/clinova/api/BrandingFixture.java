package it.com.clinova.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.imageio.ImageIO;

/**
 * Saves a demo clinic's branding before a test changes it and puts it back afterwards (the demo
 * logos are SVG, which the API refuses on purpose, so the restore writes the row directly as the
 * application role bound to that clinic, which V14 allows for its own branding columns).
 */
public final class BrandingFixture {

    public record Saved(
            Clinic clinic,
            String displayName,
            String primaryColour,
            String accentColour,
            String logoType,
            byte[] logo) {}

    private BrandingFixture() {}

    public static Saved save(String clinicHost) {
        Clinic clinic = clinicOf(clinicHost);
        return ClinicDatabase.inClinic(clinic, connection -> {
            try (PreparedStatement read = connection.prepareStatement("select display_name, primary_colour,"
                            + " accent_colour, logo_content_type, logo from platform.tenant_setting"
                            + " where tenant = current_setting('app.tenant_id')::uuid");
                    ResultSet row = read.executeQuery()) {
                row.next();
                return new Saved(
                        clinic,
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getBytes(5));
            }
        });
    }

    public static void restore(Saved saved) {
        ClinicDatabase.update(
                saved.clinic(),
                "update platform.tenant_setting set display_name = ?, primary_colour = ?, accent_colour = ?,"
                        + " logo_content_type = ?, logo = ?, updated_at = now()"
                        + " where tenant = current_setting('app.tenant_id')::uuid",
                saved.displayName(),
                saved.primaryColour(),
                saved.accentColour(),
                saved.logoType(),
                saved.logo());
    }

    /** A real PNG of {@code width} × {@code height} pixels in one colour. */
    public static byte[] png(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Clinic clinicOf(String host) {
        for (Clinic clinic : Clinic.values()) {
            if (clinic.hostName().equals(host)) {
                return clinic;
            }
        }
        throw new IllegalArgumentException(host);
    }
}
