package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.com.clinova.api.ReportFixture;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The reports pages at Clínica Dental Sonrisa, in English, over the week ReportFixture made:
 * the administrator reads this month's revenue, then utilisation and no-show figures of the week; the front desk has no figures but
 * prints a practitioner's day.
 */
@TestMethodOrder(OrderAnnotation.class)
class ReportsBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;

    private static PortalBrowser browser;
    private static ReportFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ReportFixture.shared();
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
    void theAdministratorReadsTheFiguresOfAWeek() {
        fixture.issueAnInvoiceToday("12.34");
        signIn("admin");
        browser.clickAndWaitForNewPage(By.id("nav-reports"));
        assertEquals("Reports", browser.visible(By.tagName("h1")).getText());
        // this month first: its revenue rows carry their currency through the next postback too
        String otherLines = rowNaming("revenue-by-service", "Other lines");
        assertTrue(otherLines.contains("€"), otherLines);

        showWeek();

        String utilisation = rowNaming("practitioner-utilisation", fixture.practitionerName);
        assertTrue(utilisation.contains("20") && utilisation.contains("10.0%"), utilisation);
        String noShows = rowNaming("no-shows", fixture.practitionerName);
        assertTrue(noShows.contains("33.3%"), noShows);
        browser.screenshot("40-reports-figures");

        setDate("figures:to", "2000-01-01");
        browser.clickAndWaitForNewPage(By.id("figures:show"));
        assertTrue(browser.visible(By.id("figures:to-error")).getText().startsWith("Choose an end date"));
        browser.clickAndWaitForNewPage(By.id("session:sign-out"));
    }

    @Test
    @Order(2)
    void theFrontDeskSeesAPractitionersDayButNoFigures() {
        signIn("frontdesk");
        assertTrue(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "figures offered to front desk");
        browser.clickAndWaitForNewPage(By.id("nav-day-list"));
        new Select(browser.visible(By.id("day:practitioner"))).selectByVisibleText(fixture.practitionerName);
        setDate("day:date", ReportFixture.MONDAY.toString());
        browser.clickAndWaitForNewPage(By.id("day:show"));

        List<String> rows = browser.until(d -> {
            List<String> texts = d.findElements(By.cssSelector("[id='entries'] tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            return texts.size() == 2 ? texts : null;
        });
        assertTrue(rows.get(0).startsWith("09:00–10:00") && rows.get(0).contains("Completed"), rows::toString);
        assertTrue(
                rows.get(1).contains(fixture.patientFamilyName) && rows.get(1).contains("No-show"), rows::toString);
        browser.screenshot("41-day-list");

        browser.open(SONRISA + "/app/reports.xhtml");
        assertTrue(browser.driver().findElements(By.id("figures")).isEmpty(), "figures page served to front desk");
    }

    private static void showWeek() {
        setDate("figures:from", ReportFixture.MONDAY.toString());
        setDate("figures:to", ReportFixture.MONDAY.plusDays(6).toString());
        browser.clickAndWaitForNewPage(By.id("figures:show"));
        assertEquals(
                ReportFixture.MONDAY.toString(),
                browser.visible(By.id("figures:from")).getAttribute("value"));
    }

    private static String rowNaming(String table, String name) {
        return browser.until(d -> d.findElements(By.cssSelector("[id='" + table + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(name))
                .findFirst()
                .orElse(null));
    }

    private static void setDate(String id, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.visible(By.id(id)), value);
    }

    private static void signIn(String username) {
        browser.open(SONRISA + "/login.xhtml");
        browser.driver().manage().deleteAllCookies(); // whatever an earlier test left signed in
        browser.open(SONRISA + "/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }
}
