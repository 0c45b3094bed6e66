package it.com.clinova.api;

import static it.com.clinova.api.Brandings.BRANDING;
import static it.com.clinova.api.Brandings.LOGO;
import static it.com.clinova.api.Brandings.body;
import static it.com.clinova.api.Brandings.etag;
import static it.com.clinova.api.Brandings.uploadLogo;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A clinic admin's branding through the API at lumière: name and colours (contrast-checked), the
 * logo (checked by content, served with a content-hash ETag and a versioned URL), and that the
 * portal shows a change with the very next request while sonrisa's stays as it was. Each test puts
 * lumière's branding back.
 */
class BrandingApiIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Api admin = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);
    private final Api frontDesk = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.FRONT_DESK);
    private final Api portal = Api.at(Clinic.LUMIERE);
    private BrandingFixture.Saved saved;

    @BeforeEach
    void save() {
        saved = BrandingFixture.save(Clinic.LUMIERE.hostName());
    }

    @AfterEach
    void restore() {
        BrandingFixture.restore(saved);
    }

    @Test
    void everyStaffMemberReadsTheBrandingWithItsETag() {
        ApiResponse read = frontDesk.get(BRANDING);

        assertEquals(200, read.status(), read::toString);
        assertEquals("Lumière Estética", read.json().path("displayName").asText());
        assertEquals(
                "\"" + read.json().path("version").asLong() + "\"",
                read.header("ETag").orElseThrow());
        assertTrue(read.json().path("logo").path("url").asText().startsWith("/branding/logo?v="));
    }

    @Test
    void anAdminRebrandsAndThePortalShowsItAtOnceButNotAtTheOtherClinic() {
        String tag = etag(admin);
        ApiResponse saved = admin.header("If-Match", tag).put(BRANDING, body("Lumière Clinic", "#5B21B6", "#1d4ed8"));

        assertEquals(200, saved.status(), saved::toString);
        assertEquals("#5b21b6", saved.json().path("primaryColour").asText());
        assertEquals("#1d4ed8", saved.json().path("accentColour").asText());
        assertFalse(tag.equals(saved.header("ETag").orElseThrow()));
        String page = portal.get("/login.xhtml").body();
        assertTrue(page.contains("--brand: #5b21b6"), page);
        assertTrue(page.contains("--accent: #1d4ed8"), page);
        assertTrue(page.contains("Lumière Clinic"), page);
        String other = Api.at(Clinic.SONRISA).get("/login.xhtml").body();
        assertFalse(other.contains("#5b21b6"));
        assertProblem(admin.header("If-Match", tag).put(BRANDING, body("x", "#5b21b6", null)), 412, "stale-version");
        assertProblem(admin.put(BRANDING, body("x", "#5b21b6", null)), 428, "precondition-required");
    }

    @Test
    void aColourTooPaleForWhiteTextIsRefusedWithTheRatioAndNothingChanges() {
        JsonNode before = admin.get(BRANDING).json();

        ApiResponse refused = admin.header("If-Match", "*").put(BRANDING, body(" ", "#facc15", "#eeeeee"));

        assertInvalidFields(refused, "displayName", "primaryColour", "accentColour");
        assertTrue(refused.body().contains("1.53:1; WCAG AA needs at least 4.5:1"), refused::toString);
        assertInvalidFields(
                admin.header("If-Match", "*").put(BRANDING, body("x", "red;}body{display:none", null)),
                "primaryColour");
        assertInvalidFields(admin.header("If-Match", "*").send("PUT", BRANDING, "null"), "body");
        assertEquals(before, admin.get(BRANDING).json());
    }

    @Test
    void onlyAnAdminChangesIt() {
        assertProblem(frontDesk.header("If-Match", "*").put(BRANDING, body("x", "#5b21b6", null)), 403, "forbidden");
        assertProblem(uploadLogo(frontDesk, "*", BrandingFixture.png(64, 64, 0x5b21b6), "image/png"), 403, "forbidden");
        assertProblem(frontDesk.header("If-Match", "*").send("DELETE", LOGO, null), 403, "forbidden");
    }

    @Test
    void aNewLogoIsServedAtANewUrlWithAContentHashETagAndRevalidation() throws Exception {
        byte[] png = BrandingFixture.png(120, 48, 0x5b21b6);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        // Declared as JPEG: the type is judged from the bytes.
        ApiResponse stored = uploadLogo(admin, etag(admin), png, "image/jpeg");

        assertEquals(200, stored.status(), stored::toString);
        JsonNode logo = stored.json().path("logo");
        assertEquals("image/png", logo.path("contentType").asText());
        assertEquals(sha, logo.path("sha256").asText());
        assertEquals(
                "/branding/logo?v=" + sha.substring(0, 16), logo.path("url").asText());
        Api.Download versioned = portal.download(logo.path("url").asText());
        assertEquals(200, versioned.status());
        assertArrayEquals(png, versioned.body());
        assertEquals("image/png", versioned.header("Content-Type").orElseThrow());
        assertEquals("\"" + sha + "\"", versioned.header("ETag").orElseThrow());
        assertEquals(
                "public, max-age=31536000, immutable",
                versioned.header("Cache-Control").orElseThrow());
        assertEquals("nosniff", versioned.header("X-Content-Type-Options").orElseThrow());
        Api.Download bare = portal.download("/branding/logo");
        assertEquals("public, no-cache", bare.header("Cache-Control").orElseThrow());
        assertEquals(
                304,
                portal.header("If-None-Match", "\"" + sha + "\"")
                        .download("/branding/logo")
                        .status());
        assertEquals(
                200,
                portal.header("If-None-Match", "\"stale\"")
                        .download("/branding/logo")
                        .status());
        assertTrue(portal.get("/login.xhtml").body().contains("/branding/logo?v=" + sha.substring(0, 16)));
    }

    @Test
    void invoicesPrintedAfterAChangeCarryTheNewNameAndLogo() throws Exception {
        String tag = etag(admin);
        ApiResponse named = admin.header("If-Match", tag).put(BRANDING, body("Lumière Rebrand", "#5b21b6", null));
        assertEquals(200, named.status(), named::toString);
        byte[] png = BrandingFixture.png(64, 64, 0xf59e0b);
        assertEquals(
                200,
                uploadLogo(admin, named.header("ETag").orElseThrow(), png, "image/png")
                        .status());
        Api billing = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.BILLING);
        String patient =
                Patients.create(frontDesk, PatientBuilder.aPatient()).path("id").asText();
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");

        Api.Download pdf = billing.download(Invoices.pathOf(issued) + "/pdf");

        assertEquals(200, pdf.status());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .contains("Lumière Rebrand"));
            org.apache.pdfbox.pdmodel.PDResources resources =
                    document.getPage(0).getResources();
            java.awt.image.BufferedImage logo = null;
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    logo = image.getImage();
                }
            }
            assertTrue(logo != null, "no logo in the invoice");
            assertEquals(0xf59e0b, logo.getRGB(logo.getWidth() / 2, logo.getHeight() / 2) & 0xffffff);
        }
    }

    @Test
    void removingTheLogoTakesItOffThePortal() {
        ApiResponse removed = admin.header("If-Match", etag(admin)).send("DELETE", LOGO, null);

        assertEquals(200, removed.status(), removed::toString);
        assertTrue(removed.json().path("logo").isMissingNode()
                || removed.json().path("logo").isNull());
        assertEquals(404, portal.download("/branding/logo").status());
        assertFalse(portal.get("/login.xhtml").body().contains("clinic-logo"));
    }

    @Test
    void aTextFileWithAPngHeaderIsRefusedAndNothingChanges() {
        JsonNode before = admin.get(BRANDING).json();
        byte[] text = "<html>not an image</html>".getBytes(StandardCharsets.US_ASCII);
        byte[] fake = new byte[PNG_SIGNATURE.length + text.length];
        System.arraycopy(PNG_SIGNATURE, 0, fake, 0, PNG_SIGNATURE.length);
        System.arraycopy(text, 0, fake, PNG_SIGNATURE.length, text.length);

        assertProblem(uploadLogo(admin, "*", fake, "image/png"), 400, "logo-rejected");
        assertProblem(uploadLogo(admin, "*", text, "image/png"), 415, "unsupported-logo-type");
        assertEquals(before, admin.get(BRANDING).json());
    }

    @Test
    void svgIsRefusedSayingWhy() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

        JsonNode problem = assertProblem(uploadLogo(admin, "*", svg, "image/svg+xml"), 415, "unsupported-logo-type");
        assertTrue(problem.path("detail").asText().contains("SVG"), problem::toString);
    }

    @Test
    void tooManyPixelsOrBytesAreRefused() {
        JsonNode tooWide = assertProblem(
                uploadLogo(admin, "*", BrandingFixture.png(2100, 20, 0x5b21b6), "image/png"), 400, "logo-rejected");
        assertTrue(tooWide.path("detail").asText().contains("2100×20"), tooWide::toString);
        byte[] big = new byte[600 * 1024];
        System.arraycopy(PNG_SIGNATURE, 0, big, 0, PNG_SIGNATURE.length);
        assertProblem(uploadLogo(admin, "*", big, "image/png"), 413, "logo-too-large");
        assertProblem(
                uploadLogo(admin, null, BrandingFixture.png(64, 64, 0), "image/png"), 428, "precondition-required");
    }
}
