package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.Feature;
import it.com.clinova.api.PlanAdmin;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator switches Sonrisa's advanced reports off on the console's clinic page, with a reason:
 * Sonrisa's portal drops Reports from the very next page (loaded within a second of the change),
 * and the console shows the override with its reason, also in the platform audit trail. Sonrisa's
 * administrator sees the same panel read-only as "your plan". Then the operator gives the clinic
 * its plan's word back.
 */
@TestMethodOrder(OrderAnnotation.class)
class ConsolePlanBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String CONSOLE = "http://admin.localhost:" + PORT + "/admin";
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final String REASON = "Trial of advanced reports ended";
    private static final PlanAdmin PLANS = new PlanAdmin();

    private static PortalBrowser browser;
    private static String clinicPage;

    @BeforeAll
    static void signInBoth() throws Exception {
        PLANS.clearFeature("sonrisa", Feature.ADVANCED_REPORTS);
        clinicPage = CONSOLE + "/app/clinic.xhtml?id=" + PLANS.clinic("sonrisa").value();
        browser = new PortalBrowser("en-GB,en");
        browser.open(SONRISA + "/login.xhtml");
        signIn("admin");
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
        browser.open(CONSOLE + "/login.xhtml");
        signIn("operator");
        browser.until(ExpectedConditions.urlContains("/app/operator/tenants.xhtml"));
    }

    @AfterAll
    static void stop() throws Exception {
        PLANS.clearFeature("sonrisa", Feature.ADVANCED_REPORTS);
        if (browser != null) {
            browser.close();
        }
    }

    private static void signIn(String username) {
        browser.type("login:username", username);
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
    }

    private static String stateOf(String feature) {
        return browser.visible(By.cssSelector("[data-feature-state='" + feature + "']"))
                .getText();
    }

    @Test
    @Order(1)
    void theOperatorSwitchesReportsOffAndThePortalHidesThemAtOnce() {
        browser.open(SONRISA + "/app/patients.xhtml");
        assertFalse(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "Reports in Sonrisa's menu");

        browser.open(clinicPage);
        assertEquals("Enterprise", browser.visible(By.id("plan-name")).getText());
        assertEquals("On", stateOf("advanced-reports"));
        browser.type("plan:reason", REASON);
        browser.clickAndWaitForNewPage(By.cssSelector("[data-action='off-advanced-reports']"));
        Instant changed = Instant.now();

        // Sonrisa's next page, asked for within a second of the change, no longer offers Reports.
        long millis = Duration.between(changed, Instant.now()).toMillis();
        browser.open(SONRISA + "/app/patients.xhtml");
        assertTrue(millis < 1000, "the next page was asked for " + millis + " ms after the change");
        assertTrue(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "Reports still in the menu");
        System.out.println("[ConsolePlanBrowserIT] Sonrisa's menu without Reports, page asked for " + millis
                + " ms after the operator's change, shown "
                + Duration.between(changed, Instant.now()).toMillis() + " ms after it");
        browser.open(SONRISA + "/app/reports.xhtml");
        assertTrue(browser.visible(By.id("feature-disabled")).isDisplayed());
        browser.screenshot("console-plan-02-portal-without-reports");

        browser.open(clinicPage);
        assertEquals("Off", stateOf("advanced-reports"));
        String features = browser.visible(By.id("plan:features")).getText();
        assertTrue(features.contains("override: " + REASON + " (operator)"), features);
        browser.screenshot("console-plan-01-reports-off");
    }

    @Test
    @Order(2)
    void theConsoleShowsTheOverrideAndItsReasonInTheAuditTrail() {
        browser.open(clinicPage);
        String audit = browser.visible(By.id("audit-table")).getText();
        assertTrue(audit.contains("tenant.feature.override"), audit);
        assertTrue(audit.contains(REASON), audit);
        assertTrue(audit.contains("on (plan)") && audit.contains("off (override)"), audit);
        browser.screenshot("console-plan-03-audit");
    }

    @Test
    @Order(3)
    void theClinicAdministratorSeesTheirPlanReadOnly() {
        browser.open(SONRISA + "/admin/login.xhtml");
        signIn("admin");
        browser.until(ExpectedConditions.urlContains("/app/clinic.xhtml"));
        assertEquals("Your plan", browser.visible(By.id("plan-heading")).getText());
        assertEquals("Off", stateOf("advanced-reports"));
        assertTrue(browser.visible(By.id("plan:features")).getText().contains(REASON));
        assertTrue(browser.driver().findElements(By.id("plan:reason")).isEmpty(), "a reason field for admins");
        assertTrue(
                browser.driver().findElements(By.cssSelector("[data-action]")).isEmpty(), "change buttons for admins");
        assertTrue(browser.driver().findElements(By.id("audit-table")).isEmpty(), "the platform trail for admins");
        browser.screenshot("console-plan-04-your-plan");
    }

    @Test
    @Order(4)
    void theOperatorGivesThePlansWordBackWithAReason() {
        browser.open(clinicPage);
        browser.clickAndWaitForNewPage(By.cssSelector("[data-action='clear-advanced-reports']"));
        assertTrue(browser.visible(By.id("messages")).getText().contains("Give a reason"), "no reason refused");
        assertEquals("Off", stateOf("advanced-reports"));

        browser.type("plan:reason", "Renewed the reports trial");
        browser.clickAndWaitForNewPage(By.cssSelector("[data-action='clear-advanced-reports']"));
        assertEquals("On", stateOf("advanced-reports"));
        browser.open(SONRISA + "/app/patients.xhtml");
        assertFalse(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "Reports are back");
    }
}
