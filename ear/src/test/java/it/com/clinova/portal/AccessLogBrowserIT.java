package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The access log at Clínica Dental Sonrisa, in English: the front desk registers and reads a
 * patient through the API; the clinic's administrator finds that patient by name in the access
 * log, sees who did what, exports the CSV and verifies the chain. A front-desk session gets
 * neither the menu entry nor the page.
 */
@TestMethodOrder(OrderAnnotation.class)
class AccessLogBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final By ROWS = By.cssSelector("[id='results:table'] tbody tr");

    private static PortalBrowser browser;
    private static String familyName;
    private static String patientId;

    @BeforeAll
    static void frontDeskAccessesAPatient() throws Exception {
        familyName = "Registro" + letters();
        PortalApi frontDesk = new PortalApi("sonrisa", PORT).signIn("frontdesk", "clinova-demo");
        patientId = frontDesk.register(
                "{\"givenName\":\"Inés\",\"familyName\":\"" + familyName + "\",\"dateOfBirth\":\"1980-02-29\"}");
        frontDesk.replace(
                patientId,
                "{\"givenName\":\"Inés\",\"familyName\":\"" + familyName
                        + "\",\"dateOfBirth\":\"1980-02-29\",\"phone\":\"+34 600 123 456\"}");
        browser = new PortalBrowser("en-GB,en");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theFrontDeskHasNoAccessLog() {
        signIn("frontdesk");
        assertTrue(browser.driver().findElements(By.id("nav-access-log")).isEmpty(), "menu entry for front desk");
        browser.open(SONRISA + "/app/access-log.xhtml");
        assertEquals(
                "Only clinic administrators can see the access log.",
                browser.visible(By.cssSelector("#forbidden p")).getText());
        assertTrue(browser.driver().findElements(By.id("filter")).isEmpty(), "filters shown to front desk");
        browser.clickAndWaitForNewPage(By.id("session:sign-out"));
    }

    @Test
    @Order(2)
    void theAdministratorFindsThePatientsAccessesByName() {
        signIn("admin");
        browser.clickAndWaitForNewPage(By.id("nav-access-log"));
        assertEquals("Access log", browser.visible(By.tagName("h1")).getText());

        browser.type("filter:patientName", familyName.toLowerCase());
        browser.clickAndWaitForNewPage(By.id("filter:findPatient"));
        WebElement choose = browser.visible(By.cssSelector("[id='filter:choices'] li input[type=submit]"));
        assertTrue(browser.visible(By.cssSelector("[id='filter:choices'] li"))
                .getText()
                .contains(familyName));
        browser.clickAndWaitForNewPage(By.id(choose.getAttribute("id")));

        assertTrue(browser.visible(By.id("chosen-label")).getText().startsWith(familyName + ", Inés"));
        List<String> rows = browser.until(d -> {
            List<String> texts =
                    d.findElements(ROWS).stream().map(WebElement::getText).toList();
            return texts.size() >= 3 ? texts : null;
        });
        List<String> ofFrontDesk =
                rows.stream().filter(r -> r.contains("frontdesk")).toList();
        assertEquals(2, ofFrontDesk.size(), rows::toString);
        assertTrue(ofFrontDesk.get(0).contains("Changed"), ofFrontDesk::toString);
        assertTrue(ofFrontDesk.get(1).contains("Created"), ofFrontDesk::toString);
        assertTrue(rows.stream().anyMatch(r -> r.contains("admin") && r.contains("Searched")), rows::toString);
        browser.screenshot("30-access-log-patient");
    }

    @Test
    @Order(3)
    void filteringByStaffMemberAndDateNarrowsTheList() {
        new Select(browser.visible(By.id("filter:actor"))).selectByVisibleText("frontdesk");
        browser.clickAndWaitForNewPage(By.id("filter:search"));
        List<WebElement> rows = browser.until(d -> d.findElements(ROWS).size() == 2 ? d.findElements(ROWS) : null);
        assertTrue(rows.stream().allMatch(r -> r.getText().contains("frontdesk")));

        browser.script("arguments[0].value = '2001-01-01'", browser.visible(By.id("filter:toDate")));
        browser.clickAndWaitForNewPage(By.id("filter:search"));
        browser.visible(By.id("empty"));
        browser.script("arguments[0].value = '2001-01-02'", browser.visible(By.id("filter:fromDate")));
        browser.clickAndWaitForNewPage(By.id("filter:search"));
        assertEquals(
                "The end date must not be before the start date.",
                browser.visible(By.id("filter:toDate-error")).getText());
        assertEquals("true", browser.visible(By.id("filter:toDate")).getAttribute("aria-invalid"));
        browser.script("arguments[0].value = ''", browser.visible(By.id("filter:toDate")));
        browser.script("arguments[0].value = ''", browser.visible(By.id("filter:fromDate")));
        browser.clickAndWaitForNewPage(By.id("filter:search"));
        browser.until(d -> d.findElements(ROWS).size() == 2);
    }

    @Test
    @Order(4)
    void theFilteredLogExportsAsCsv() throws Exception {
        browser.visible(By.id("filter:export")).click();
        Path csv = browser.until(d -> downloadedCsv().orElse(null));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);

        assertTrue(
                lines.get(0).replace("\uFEFF", "").startsWith("sequence,occurred_at_utc,actor_username"), lines.get(0));
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(
                lines.subList(1, 3).stream().allMatch(l -> l.contains(",frontdesk,") && l.contains(patientId)),
                lines::toString);
        assertTrue(lines.get(1).contains(",create,patient,"), lines::toString);
    }

    @Test
    @Order(5)
    void verifyingTheChainSaysItIsIntact() {
        browser.clickAndWaitForNewPage(By.id("verify:run"));
        String verdict = browser.visible(By.id("verdict-intact")).getText();
        assertTrue(verdict.startsWith("The log is intact:"), verdict);
        assertFalse(verdict.contains("{0"), verdict);
        browser.screenshot("31-access-log-verified");
    }

    @Test
    @Order(6)
    void theLogIsInSpanishAndPortugueseToo() {
        browser.clickAndWaitForNewPage(By.cssSelector("[data-lang='es']"));
        assertEquals("Registro de accesos", browser.visible(By.tagName("h1")).getText());
        browser.clickAndWaitForNewPage(By.cssSelector("[data-lang='pt']"));
        assertEquals("Registo de acessos", browser.visible(By.tagName("h1")).getText());
        browser.clickAndWaitForNewPage(By.cssSelector("[data-lang='en']"));
    }

    private static Optional<Path> downloadedCsv() {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signIn(String username) {
        browser.open(SONRISA + "/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
