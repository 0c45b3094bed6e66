package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The clinic admin of Clínica Dental Sonrisa sets up a new practitioner in the Practice section,
 * in Spanish: registers them, gives them a week with a split shift (and is told about an
 * overlap), offers a service they perform, and records their absence. A practitioner then sees
 * the same pages read-only.
 */
@TestMethodOrder(OrderAnnotation.class)
class PracticePortalIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final String RUN =
            Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private static final String PRACTITIONER = "Dra. Navegador " + RUN;
    private static final String SERVICE = "Blanqueamiento " + RUN;
    private static final By WEEK_ROWS = By.cssSelector("tr.week-row");

    private static PortalBrowser browser;
    private static String practitionerPage;

    @BeforeAll
    static void signInAsAdmin() throws Exception {
        browser = new PortalBrowser("es-ES,es");
        signIn(browser, "admin");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theNavigationLeadsToTheLocationsAndTheirRooms() {
        browser.clickAndWaitForNewPage(By.id("nav-practice"));
        assertEquals("Centros y salas", browser.visible(By.tagName("h1")).getText());
        String table = browser.visible(By.id("locations")).getText();
        assertTrue(table.contains("Sonrisa Centro") && table.contains("Gabinete 1"), table);
        assertEquals("page", browser.visible(By.id("practice-nav-locations")).getAttribute("aria-current"));
        browser.screenshot("40-practice-locations");
    }

    @Test
    @Order(2)
    void theAdminRegistersAPractitioner() {
        browser.clickAndWaitForNewPage(By.id("practice-nav-practitioners"));
        browser.type("new-practitioner:displayName", PRACTITIONER);
        browser.type("new-practitioner:specialty", "Estética dental");
        browser.clickAndWaitForNewPage(By.id("new-practitioner:create"));

        assertEquals(PRACTITIONER, browser.visible(By.tagName("h1")).getText());
        assertTrue(browser.visible(By.cssSelector(".message-info")).getText().contains(PRACTITIONER));
        practitionerPage = browser.driver().getCurrentUrl();
    }

    @Test
    @Order(3)
    void theAdminGivesThemASplitShiftAndIsToldAboutAnOverlap() {
        browser.visible(By.id("week:week-empty"));
        browser.clickAndWaitForNewPage(By.id("week:add-block"));
        browser.clickAndWaitForNewPage(By.id("week:add-block"));
        setBlock(0, "MONDAY", "09:00", "14:00", "Sonrisa Centro");
        setBlock(1, "MONDAY", "13:00", "19:00", "Sonrisa Centro");
        browser.clickAndWaitForNewPage(By.id("week:save-week"));
        assertTrue(
                browser.visible(By.cssSelector(".message-error")).getText().contains("Bloque 2"),
                browser.visible(By.id("messages")).getText());

        setBlock(1, "MONDAY", "16:00", "19:00", "Sonrisa Chamberí");
        browser.clickAndWaitForNewPage(By.id("week:save-week"));
        assertEquals(
                "Horario guardado.",
                browser.visible(By.cssSelector(".message-info")).getText());

        browser.open(practitionerPage);
        List<WebElement> rows = browser.driver().findElements(WEEK_ROWS);
        assertEquals(2, rows.size());
        assertEquals(
                "16:00",
                rows.get(1).findElement(By.cssSelector("input[id$=':start']")).getAttribute("value"));
        assertEquals(
                "Sonrisa Chamberí",
                new Select(rows.get(1).findElement(By.cssSelector("select[id$=':location']")))
                        .getFirstSelectedOption()
                        .getText());
        browser.screenshot("41-practice-week");
    }

    @Test
    @Order(4)
    void theAdminOffersAServiceTheyPerform() {
        browser.clickAndWaitForNewPage(By.id("practice-nav-services"));
        browser.clickAndWaitForNewPage(By.id("new-service"));
        browser.type("service:name", SERVICE);
        browser.type("service:durationMinutes", "60");
        browser.type("service:price", "180.50");
        tick(PRACTITIONER);
        tick("Sonrisa Centro · Gabinete 2");
        browser.clickAndWaitForNewPage(By.id("service:save"));

        String table = browser.visible(By.id("services")).getText();
        browser.screenshot("42-practice-services");
        String row = table.lines().filter(l -> l.contains(SERVICE)).findFirst().orElse("");
        assertTrue(row.contains(PRACTITIONER) && row.contains("Gabinete 2") && row.contains("180,50"), table);
    }

    @Test
    @Order(5)
    void theAdminRecordsTheirAbsence() {
        browser.clickAndWaitForNewPage(By.id("practice-nav-exceptions"));
        LocalDate first = LocalDate.now().plusDays(10);
        new Select(browser.visible(By.id("new-exception:kind"))).selectByValue("ABSENCE");
        new Select(browser.visible(By.id("new-exception:practitionerId"))).selectByVisibleText(PRACTITIONER);
        setValue(By.id("new-exception:startDate"), first.toString());
        setValue(By.id("new-exception:endDate"), first.plusDays(1).toString());
        browser.type("new-exception:reason", "Formación " + RUN);
        browser.clickAndWaitForNewPage(By.id("new-exception:declare"));

        assertEquals(
                "Guardado.", browser.visible(By.cssSelector(".message-info")).getText());
        String list = browser.visible(By.id("list:table")).getText();
        assertTrue(list.contains(PRACTITIONER) && list.contains("Formación " + RUN), list);
        browser.screenshot("43-practice-absence");
    }

    @Test
    @Order(6)
    void aPractitionerSeesThePracticeReadOnly() throws Exception {
        try (PortalBrowser clinician = new PortalBrowser("es-ES,es")) {
            signIn(clinician, "clinician");
            clinician.open(practitionerPage);
            clinician.visible(By.id("practice-read-only"));
            assertEquals(2, clinician.driver().findElements(WEEK_ROWS).size());
            for (String id : List.of("practitioner:save", "week:save-week", "week:add-block")) {
                assertTrue(clinician.driver().findElements(By.id(id)).isEmpty(), id);
            }
            assertEquals(
                    "true", clinician.visible(By.id("practitioner:displayName")).getAttribute("readonly"));

            clinician.open(SONRISA + "/app/practice/services.xhtml");
            assertTrue(clinician.visible(By.id("services")).getText().contains(SERVICE));
            assertTrue(clinician.driver().findElements(By.id("new-service")).isEmpty(), "no New service");

            clinician.open(SONRISA + "/app/practice/exceptions.xhtml");
            assertTrue(clinician.visible(By.id("list:table")).getText().contains(PRACTITIONER));
            assertTrue(clinician.driver().findElements(By.id("new-exception")).isEmpty(), "no form");
            assertTrue(
                    clinician
                            .driver()
                            .findElements(By.cssSelector("[id$=':delete']"))
                            .isEmpty(),
                    "no delete");

            clinician.open(SONRISA + "/app/practice/practitioners.xhtml");
            assertTrue(
                    clinician.driver().findElements(By.id("new-practitioner")).isEmpty(), "no form");
            clinician.screenshot("44-practice-read-only");
        }
    }

    private static void signIn(PortalBrowser b, String username) {
        b.open(SONRISA + "/login.xhtml");
        b.type("login:username", username);
        b.type("login:password", "clinova-demo");
        b.clickAndWaitForNewPage(By.id("login:sign-in"));
        b.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    private static void setBlock(int index, String day, String start, String end, String location) {
        WebElement row = browser.driver().findElements(WEEK_ROWS).get(index);
        new Select(row.findElement(By.cssSelector("select[id$=':day']"))).selectByValue(day);
        setValue(row.findElement(By.cssSelector("input[id$=':start']")), start);
        setValue(row.findElement(By.cssSelector("input[id$=':end']")), end);
        new Select(row.findElement(By.cssSelector("select[id$=':location']"))).selectByVisibleText(location);
    }

    /** Date and time inputs type differently in every locale; set their value as the form sends it. */
    private static void setValue(By by, String value) {
        setValue(browser.visible(by), value);
    }

    private static void setValue(WebElement input, String value) {
        browser.script("arguments[0].value = arguments[1];", input, value);
    }

    private static void tick(String label) {
        WebElement text = browser.visible(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
        WebElement box = browser.driver().findElement(By.id(text.getAttribute("for")));
        if (!box.isSelected()) {
            box.click();
        }
    }
}
