package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal's records pages and downloads as the server answers them, role by role and clinic by
 * clinic: clinical roles see the encounter, other roles a "restricted" page (403) without any of
 * it, another clinic's staff the same 404 an unknown encounter gets; downloads likewise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsPortalAccessIT {

    private static final String SECRET_FINDING = "Hallazgo reservado";

    private JsonNode encounter;
    private String download;

    @BeforeAll
    void recordAVisit() {
        encounter = Records.openEncounter();
        java.util.Map<String, Object> note = Records.aNote();
        note.put("findings", SECRET_FINDING);
        Records.sign(Records.clinician(), Records.draft(Records.clinician(), encounter, note));
        JsonNode file = Records.upload(Records.clinician(), encounter, "rx.png", RecordFiles.png(), null)
                .json();
        download = "/app/records/attachment?id=" + file.path("id").asText();
    }

    @Test
    void clinicalRolesSeeTheEncounterAndItsFile() {
        for (User user : List.of(User.CLINICIAN, User.HYGIENIST, User.ADMIN)) {
            PortalVisit.Page page = visit(Visits.CLINIC, user, encounterPage());
            assertEquals(200, page.response().status(), () -> user + ": " + page.response());
            assertTrue(page.response().body().contains(SECRET_FINDING), user + " does not see the note");
            ApiResponse file = fetch(Visits.CLINIC, user, download);
            assertEquals(200, file.status(), () -> user + ": " + file);
            assertEquals("image/png", file.mediaType());
            assertEquals("nosniff", file.header("X-Content-Type-Options").orElse(""));
            assertTrue(file.header("Content-Disposition").orElse("").startsWith("attachment;"), file::toString);
        }
    }

    @Test
    void otherRolesSeeARestrictedPageWithNothingOfTheRecord() {
        for (User user : List.of(User.FRONT_DESK, User.BILLING)) {
            PortalVisit.Page page = visit(Visits.CLINIC, user, encounterPage());
            assertEquals(403, page.response().status(), () -> user + ": " + page.response());
            assertTrue(page.response().body().contains("id=\"not-clinical\""), user + ": no restricted notice");
            assertFalse(page.response().body().contains(SECRET_FINDING), user + " sees the note");
            assertEquals(403, fetch(Visits.CLINIC, user, download).status(), user + " downloads the file");
        }
    }

    @Test
    void anotherClinicsStaffFindNothing() {
        for (User user : List.of(User.CLINICIAN, User.ADMIN)) {
            PortalVisit.Page page = visit(Visits.CLINIC.other(), user, encounterPage());
            assertEquals(404, page.response().status(), () -> user + ": " + page.response());
            assertTrue(page.response().body().contains("id=\"not-found\""));
            assertFalse(page.response().body().contains(SECRET_FINDING));
            assertEquals(404, fetch(Visits.CLINIC.other(), user, download).status());
        }
    }

    private String encounterPage() {
        return "/app/encounter.xhtml?id=" + encounter.path("id").asText();
    }

    private static PortalVisit.Page visit(Clinic clinic, User user, String path) {
        return PortalVisit.follow(clinic, path, PortalSignIn.sessionCookie(clinic, user));
    }

    private static ApiResponse fetch(Clinic clinic, User user, String path) {
        return Api.at(clinic)
                .header("Cookie", PortalSignIn.sessionCookie(clinic, user))
                .get(path);
    }
}
