package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attachments: raw-body uploads named by {@code Slug}, typed by their bytes whatever the client
 * declares, bounded in size (1 MiB on the test server), downloaded with headers that keep a
 * browser from rendering them in the clinic's origin.
 */
class AttachmentApiIT {

    /** The limit the test server is configured with (ear/src/test/liberty/test-overrides.xml). */
    private static final int LIMIT = 1024 * 1024;

    private final Api clinician = Records.clinician();

    @Test
    void aFileIsStoredAsWhatItsBytesAreAndDownloadedSafely() {
        JsonNode encounter = Records.openEncounter();
        byte[] png = RecordFiles.png();

        ApiResponse uploaded = Records.upload(clinician, encounter, "radiografía lateral", png, "application/pdf");

        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonNode attachment = uploaded.json();
        assertEquals("image/png", attachment.path("contentType").asText());
        assertEquals("radiografía lateral.png", attachment.path("fileName").asText());
        assertEquals(png.length, attachment.path("sizeBytes").asLong());
        assertEquals(sha256(png), attachment.path("sha256").asText());
        String location = uploaded.header("Location").orElseThrow();
        assertTrue(location.endsWith(attachment.path("href").asText()), location);

        Api.Download download = clinician.download(attachment.path("href").asText());

        assertEquals(200, download.status());
        assertArrayEquals(png, download.body());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(download.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .startsWith("sandbox"));
        assertEquals(
                "attachment; filename=\"radiograf_a lateral.png\"; filename*=UTF-8''radiograf%C3%ADa%20lateral.png",
                download.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void anEncountersFilesAreListedOldestFirst() {
        JsonNode encounter = Records.openEncounter();
        JsonNode pdf = Records.upload(clinician, encounter, "informe.pdf", RecordFiles.pdf(), null)
                .json();
        JsonNode jpeg = Records.upload(clinician, encounter, "foto.jpg", RecordFiles.jpeg(), "image/jpeg")
                .json();

        ApiResponse listed = Records.as(User.ADMIN).get(Records.attachmentsOf(encounter));

        assertEquals(200, listed.status(), listed::toString);
        assertEquals(
                List.of(pdf, jpeg),
                List.of(
                        listed.json().path("items").get(0),
                        listed.json().path("items").get(1)));
        assertEquals("application/pdf", pdf.path("contentType").asText());
        assertEquals("image/jpeg", jpeg.path("contentType").asText());
    }

    @Test
    void onlyPdfJpegAndPngAreAcceptedJudgedByContent() {
        JsonNode encounter = Records.openEncounter();

        assertProblem(
                Records.upload(clinician, encounter, "scan.pdf", RecordFiles.html(), "application/pdf"),
                415,
                "unsupported-attachment-type");
        assertInvalidFields(Records.upload(clinician, encounter, "empty.pdf", new byte[0], "application/pdf"), "file");
        assertInvalidFields(Records.upload(clinician, encounter, null, RecordFiles.pdf(), "application/pdf"), "Slug");
        assertEquals(
                0,
                clinician
                        .get(Records.attachmentsOf(encounter))
                        .json()
                        .path("items")
                        .size());
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithOrWithoutADeclaredLength() {
        JsonNode encounter = Records.openEncounter();

        assertEquals(
                201,
                Records.upload(clinician, encounter, "limit.pdf", RecordFiles.pdfOfSize(LIMIT), null)
                        .status());
        assertProblem(
                Records.upload(clinician, encounter, "big.pdf", RecordFiles.pdfOfSize(LIMIT + 1), null),
                413,
                "attachment-too-large");
        ApiResponse chunked = clinician
                .header("Slug", "big.pdf")
                .sendRaw(
                        "POST",
                        Records.attachmentsOf(encounter),
                        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(RecordFiles.pdfOfSize(LIMIT + 1))),
                        "application/pdf");
        assertProblem(chunked, 413, "attachment-too-large");
        assertEquals(
                1,
                clinician
                        .get(Records.attachmentsOf(encounter))
                        .json()
                        .path("items")
                        .size());
    }

    @Test
    void practitionersUploadClinicalRolesDownloadOthersAreRefused() {
        JsonNode encounter = Records.openEncounter();
        JsonNode attachment = Records.upload(clinician, encounter, "x.pdf", RecordFiles.pdf(), null)
                .json();
        String href = attachment.path("href").asText();

        for (User user : List.of(User.ADMIN, User.FRONT_DESK, User.BILLING)) {
            assertProblem(
                    Records.upload(Records.as(user), encounter, "y.pdf", RecordFiles.pdf(), null), 403, "forbidden");
        }
        assertEquals(200, Records.as(User.ADMIN).download(href).status());
        assertProblem(Records.as(User.FRONT_DESK).get(href), 403, "forbidden");
        assertProblem(Records.as(User.BILLING).get(Records.attachmentsOf(encounter)), 403, "forbidden");
        assertProblem(clinician.get(Records.ATTACHMENTS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(clinician.get(Records.ATTACHMENTS + "/nope"), 404, "not-found");
        JsonNode unknown = objectWithId(UUID.randomUUID());
        assertProblem(Records.upload(clinician, unknown, "z.pdf", RecordFiles.pdf(), null), 404, "not-found");
        assertProblem(clinician.get(Records.attachmentsOf(unknown)), 404, "not-found");
    }

    private static JsonNode objectWithId(UUID id) {
        return ApiResponse.JSON.createObjectNode().put("id", id.toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
