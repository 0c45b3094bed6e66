package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Onboarding end to end in a browser that asks for Portuguese: a visitor signs a new clinic up on
 * the console host, signs in to its brand-new portal at {@code <slug>.localhost} as its first
 * administrator, opens the clinic's console at {@code <slug>.localhost/admin}; then the demo
 * operator finds the clinic on the console host.
 */
@TestMethodOrder(OrderAnnotation.class)
class ConsoleOnboardingBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String CONSOLE = "http://admin.localhost:" + PORT + "/admin";
    private static final String SLUG =
            "nova-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    private static final String CLINIC_NAME = "Clínica Nova " + SLUG;
    private static final String EMAIL = "dona@" + SLUG + ".example";
    private static final String PASSWORD = "uma-senha-longa-1";

    private static PortalBrowser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new PortalBrowser("pt-PT,pt");
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aVisitorSignsANewClinicUpAndSeesEveryStepDone() {
        browser.open(CONSOLE + "/signup.xhtml");
        assertEquals("pt", browser.script("return document.documentElement.lang"));
        browser.type("clinic:clinicName", CLINIC_NAME);
        browser.type("clinic:slug", "clínica"); // refused first, with an ASCII suggestion
        browser.type("clinic:adminEmail", EMAIL);
        browser.type("clinic:adminPassword", PASSWORD);
        new Select(browser.visible(By.id("clinic:country"))).selectByValue("PT");
        new Select(browser.visible(By.id("clinic:locale"))).selectByValue("pt");
        new Select(browser.visible(By.id("clinic:timeZone"))).selectByValue("Europe/Lisbon");
        browser.clickAndWaitForNewPage(By.id("clinic:create"));
        assertTrue(browser.visible(By.id("clinic:slug-error")).getText().contains("a-z"));
        browser.screenshot("console-01-signup-bad-slug");

        browser.type("clinic:slug", SLUG);
        browser.type("clinic:adminPassword", PASSWORD);
        browser.clickAndWaitForNewPage(By.id("clinic:create"));

        WebElement done = browser.visible(By.id("done"));
        assertEquals(
                "A sua clínica está pronta",
                browser.visible(By.id("done-heading")).getText());
        List<WebElement> steps = done.findElements(By.cssSelector("#steps li"));
        assertEquals(5, steps.size(), done::getText);
        assertEquals(EMAIL, browser.visible(By.id("admin-username")).getText());
        assertEquals(
                "http://" + SLUG + ".localhost:" + PORT + "/",
                browser.visible(By.id("portal-link")).getText());
        browser.screenshot("console-02-signup-done");
    }

    @Test
    @Order(2)
    void theNewAdministratorSignsInToTheFreshPortalAtOnce() {
        browser.clickAndWaitForNewPage(By.id("portal-link"));
        // The portal's root shows its sign-in page.
        browser.visible(By.id("login:username"));
        signIn(EMAIL, PASSWORD);
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
        assertEquals(CLINIC_NAME, browser.visible(By.id("clinic-name")).getText());
        assertEquals("pt", browser.script("return document.documentElement.lang"));
        browser.screenshot("console-03-fresh-portal");
    }

    @Test
    @Order(3)
    void theAdministratorSeesTheirClinicInTheConsoleAtTheirOwnHost() {
        browser.open("http://" + SLUG + ".localhost:" + PORT + "/admin/");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn(EMAIL, PASSWORD);
        browser.until(ExpectedConditions.urlContains("/app/clinic.xhtml"));
        assertEquals(CLINIC_NAME, browser.visible(By.id("clinic-heading")).getText());
        assertEquals(SLUG, browser.visible(By.id("clinic-slug")).getText());
        assertTrue(browser.driver().findElements(By.id("nav-tenants")).isEmpty(), "a clinic admin sees operator pages");
        browser.screenshot("console-04-clinic-admin");
    }

    @Test
    @Order(4)
    void theOperatorFindsTheNewClinicOnTheConsoleHost() {
        browser.open(CONSOLE + "/");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn("operator", "clinova-demo");
        browser.until(ExpectedConditions.urlContains("/app/operator/tenants.xhtml"));
        browser.open(CONSOLE + "/app/operator/tenants.xhtml?q=" + SLUG);
        WebElement table = browser.visible(By.id("tenants-table"));
        assertTrue(table.getText().contains(CLINIC_NAME), table::getText);
        browser.open(CONSOLE + "/app/operator/audit.xhtml");
        assertTrue(browser.visible(By.id("audit-table")).getText().contains("tenant.create"));
        browser.screenshot("console-05-operator");
    }

    private static void signIn(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
    }
}
