package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.com.clinova.api.Visits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The clinician's path through a visit at Clínica Dental Sonrisa, in Spanish: from the patient's
 * page she opens the encounter of the checked-in appointment, writes a note, signs it after
 * confirming, sees it become read-only, adds an amendment, attaches a file and downloads it, and
 * finds the encounter on the patient's page.
 */
@TestMethodOrder(OrderAnnotation.class)
class RecordsBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final By NOTE = By.cssSelector("article.note");

    private static PortalBrowser browser;
    private static JsonNode appointment;
    private static Path pdf;

    @BeforeAll
    static void start() throws Exception {
        appointment = Visits.checkedIn();
        pdf = Files.createTempFile("informe-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% informe de prueba\n%%EOF\n", StandardCharsets.US_ASCII);
        browser = new PortalBrowser("es-ES,es");
        browser.open(SONRISA + "/login.xhtml");
        browser.type("login:username", "clinician");
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    @Order(1)
    void theClinicianOpensTheEncounterFromThePatientsPage() {
        browser.open(SONRISA + "/app/patient.xhtml?id="
                + appointment.path("patientId").asText());
        browser.visible(By.id("no-encounters"));
        browser.clickAndWaitForNewPage(By.cssSelector("#visits a"));
        assertEquals("Aún no hay encuentro", browser.visible(By.tagName("h1")).getText());

        browser.clickAndWaitForNewPage(By.id("open:open-encounter"));

        browser.until(ExpectedConditions.urlContains("/app/encounter.xhtml?id="));
        assertTrue(browser.visible(By.tagName("h1")).getText().startsWith("Encuentro clínico"));
        browser.visible(By.id("no-notes"));
        browser.screenshot("40-encounter-opened");
    }

    @Test
    @Order(2)
    void sheWritesADraft() {
        browser.type("note-editor:chiefComplaint", "Dolor al masticar");
        browser.type("note-editor:findings", "Caries oclusal en 36");
        browser.type("note-editor:diagnosis", "Caries de dentina");
        browser.type("note-editor:diagnosisCode", "k02.1");
        browser.type("note-editor:plan", "Obturación la próxima semana");

        browser.clickAndWaitForNewPage(By.id("note-editor:save"));

        WebElement note = browser.visible(NOTE);
        assertEquals("draft", note.getAttribute("data-status"));
        assertTrue(note.getText().contains("Borrador"), note.getText());
        assertEquals("Caries de dentina (K02.1)", field(note, "diagnosis"));
        assertTrue(browser.visible(By.id("messages")).getText().contains("Borrador guardado"));
    }

    @Test
    @Order(3)
    void signingAsksForConfirmationFirst() {
        browser.clickAndWaitForNewPage(By.cssSelector("article.note [data-action='ask-sign']"));

        WebElement dialog = browser.visible(By.cssSelector("article.note [role='alertdialog']"));
        assertTrue(dialog.getText().contains("¿Firmar esta nota?"), dialog.getText());
        assertEquals(
                "confirm-sign",
                browser.script("return document.activeElement.getAttribute('data-action')"),
                "the confirmation takes the keyboard focus");
        assertEquals("draft", browser.visible(NOTE).getAttribute("data-status"), "nothing is signed before confirming");
        browser.screenshot("41-confirm-sign");
    }

    @Test
    @Order(4)
    void aSignedNoteIsReadOnly() {
        browser.clickAndWaitForNewPage(By.cssSelector("article.note [data-action='confirm-sign']"));

        WebElement note = browser.visible(NOTE);
        assertEquals("signed", note.getAttribute("data-status"));
        assertTrue(note.getText().contains("Firmada"), note.getText());
        assertTrue(note.findElements(By.cssSelector("[data-action='edit'], [data-action='ask-sign']"))
                .isEmpty());
        assertTrue(note.findElements(By.tagName("textarea")).isEmpty(), "no editable field in a signed note");
        assertTrue(note.findElements(By.cssSelector(".integrity-alert")).isEmpty(), "the seal holds");
        browser.screenshot("42-note-signed");
    }

    @Test
    @Order(5)
    void aCorrectionIsAnAmendmentUnderTheUnchangedNote() {
        browser.clickAndWaitForNewPage(By.cssSelector("article.note [data-action='amend']"));
        browser.type("amendment:reason", "Pieza equivocada");
        browser.type("amendment:findings", "Caries oclusal en 46");

        browser.clickAndWaitForNewPage(By.id("amendment:save-amendment"));

        WebElement note = browser.visible(NOTE);
        assertEquals("Caries oclusal en 36", field(note, "findings"), "the original stays as it was");
        WebElement amendment = note.findElement(By.cssSelector(".amendment"));
        assertEquals(
                "Pieza equivocada",
                amendment.findElement(By.cssSelector(".amendment-reason")).getText());
        assertEquals("Caries oclusal en 46", field(amendment, "findings"));
        browser.screenshot("43-amendment");
    }

    @Test
    @Order(6)
    void sheAttachesAFileAndDownloadsIt() {
        browser.driver().findElement(By.id("attachment-upload:file")).sendKeys(pdf.toString());

        browser.clickAndWaitForNewPage(By.id("attachment-upload:upload"));

        WebElement link = browser.visible(By.cssSelector("[data-attachment-id]"));
        assertEquals(pdf.getFileName().toString(), link.getText());
        String fetched = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '|'"
                                + " + r.headers.get('content-type') + '|' + r.headers.get('x-content-type-options')"
                                + " + '|' + r.headers.get('content-disposition').startsWith('attachment') + '|' + t.substring(0, 8))));",
                        link.getAttribute("href"));
        assertEquals("200|application/pdf|nosniff|true|%PDF-1.4", fetched);
        browser.screenshot("44-attachment");
    }

    @Test
    @Order(7)
    void thePatientPageListsTheEncounter() {
        browser.clickAndWaitForNewPage(By.id("back"));

        WebElement records = browser.visible(By.id("patient-records"));
        List<WebElement> links = records.findElements(By.cssSelector("#encounters a"));
        assertEquals(1, links.size(), records.getText());
        browser.clickAndWaitForNewPage(By.cssSelector("#encounters a"));
        assertEquals("signed", browser.visible(NOTE).getAttribute("data-status"));
    }

    private static String field(WebElement scope, String name) {
        return scope.findElement(By.cssSelector("dd[data-field='" + name + "']"))
                .getText();
    }
}
