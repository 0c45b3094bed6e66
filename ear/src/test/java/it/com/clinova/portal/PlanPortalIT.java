package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.Quota;
import it.com.clinova.api.PlanAdmin;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The plan in Lumière's portal, in English: with advanced reports switched off by an operator the
 * admin's menu loses "Reports" at the next page and the reports page says it is not in the plan
 * (the day list stays); with a practitioner limit at 80 % the practitioners page warns.
 */
class PlanPortalIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String LUMIERE = "http://lumiere.localhost:" + PORT;

    private static PortalBrowser browser;
    private static final PlanAdmin PLANS = new PlanAdmin();

    @BeforeAll
    static void signIn() throws Exception {
        browser = new PortalBrowser("en-GB,en");
        browser.open(LUMIERE + "/login.xhtml");
        browser.type("login:username", "admin");
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    @AfterAll
    static void stop() throws Exception {
        PLANS.clearFeature("lumiere", Feature.ADVANCED_REPORTS);
        PLANS.clearLimit("lumiere", Quota.PRACTITIONERS);
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void reportsDisappearWithinASecondOfBeingSwitchedOff() {
        browser.open(LUMIERE + "/app/patients.xhtml");
        assertFalse(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "reports in the menu");
        try {
            PLANS.featureOff("lumiere", Feature.ADVANCED_REPORTS);
            Instant changed = Instant.now();
            // The very next page after the change, whichever node renders it, no longer offers reports.
            browser.open(LUMIERE + "/app/patients.xhtml");
            assertTrue(browser.driver().findElements(By.id("nav-reports")).isEmpty(), "reports still in the menu");
            System.out.println("[PlanPortalIT] menu without reports "
                    + Duration.between(changed, Instant.now()).toMillis() + " ms after the change (one page load)");
            assertFalse(browser.driver().findElements(By.id("nav-day-list")).isEmpty(), "the day list stays");
            browser.open(LUMIERE + "/app/reports.xhtml");
            assertTrue(
                    browser.visible(By.id("feature-disabled")).getText().contains("not in your plan"),
                    browser.driver().getPageSource());
            assertTrue(browser.driver().findElements(By.id("figures:show")).isEmpty(), "the figures form");
            browser.screenshot("plan-reports-disabled");
        } finally {
            PLANS.clearFeature("lumiere", Feature.ADVANCED_REPORTS);
        }
        browser.open(LUMIERE + "/app/reports.xhtml");
        assertFalse(browser.driver().findElements(By.id("figures:show")).isEmpty(), "the figures are back");
        assertTrue(browser.driver().findElements(By.id("feature-disabled")).isEmpty());
    }

    @Test
    void thePractitionersPageWarnsAtEightyPercent() {
        browser.open(LUMIERE + "/app/practice/practitioners.xhtml");
        assertTrue(browser.driver().findElements(By.id("quota-notice")).isEmpty(), "no notice far from the limit");
        try {
            // A limit of 0 is reached by any practice: the strongest form of the notice.
            PLANS.limit("lumiere", Quota.PRACTITIONERS, 0);
            browser.open(LUMIERE + "/app/practice/practitioners.xhtml");
            String notice = browser.visible(By.id("quota-notice")).getText();
            assertTrue(notice.contains("active practitioners") && notice.contains("no more can be added"), notice);
            browser.screenshot("plan-practitioners-notice");
        } finally {
            PLANS.clearLimit("lumiere", Quota.PRACTITIONERS);
        }
        browser.open(LUMIERE + "/app/practice/practitioners.xhtml");
        assertEquals(0, browser.driver().findElements(By.id("quota-notice")).size());
    }
}
