package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A practitioner at Clínica Dental Sonrisa may read patients but not register or change them:
 * the pages offer no way to, and a post crafted in the browser changes nothing. The same session
 * checks the keyboard path through the page header.
 */
@TestMethodOrder(OrderAnnotation.class)
class PortalReadOnlyIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final By FIRST_ROW_LINK = By.cssSelector("[id='results:table'] tbody tr .row-link");

    private static PortalBrowser browser;

    @BeforeAll
    static void start() throws Exception {
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
    }

    @Test
    @Order(1)
    void theListOffersNoNewPatientAndOnlyViewing() {
        browser.visible(FIRST_ROW_LINK);
        assertTrue(browser.driver().findElements(By.id("new-patient")).isEmpty(), "no New patient button");
        assertEquals("Ver", browser.visible(FIRST_ROW_LINK).getText());
        browser.screenshot("20-practitioner-patients");
    }

    @Test
    @Order(2)
    void thePatientPageIsReadOnly() {
        browser.clickAndWaitForNewPage(FIRST_ROW_LINK);
        assertEquals("Datos del paciente", browser.visible(By.tagName("h1")).getText());
        assertTrue(
                browser.driver().getTitle().startsWith("Datos del paciente"),
                browser.driver().getTitle());
        browser.visible(By.id("read-only"));
        assertTrue(browser.driver().findElements(By.id("patient:save")).isEmpty(), "no Save button");
        for (String field : List.of("givenName", "familyName", "phone", "email", "nationalId", "address", "notes")) {
            WebElement input = browser.visible(By.id("patient:" + field));
            assertEquals("true", input.getAttribute("readonly"), field);
        }
        assertTrue(!browser.visible(By.id("patient:sex")).isEnabled(), "sex is disabled");
        browser.screenshot("21-practitioner-patient");
    }

    @Test
    @Order(3)
    void aSaveCraftedInTheBrowserChangesNothing() {
        String url = browser.driver().getCurrentUrl();
        WebElement givenName = browser.visible(By.id("patient:givenName"));
        String before = givenName.getAttribute("value");
        browser.script("var form = document.getElementById('patient');"
                + "var name = document.getElementById('patient:givenName');"
                + "name.removeAttribute('readonly'); name.value = 'Cambiado';"
                + "var save = document.createElement('input'); save.type = 'hidden';"
                + "save.name = 'patient:save'; save.value = 'x'; form.appendChild(save); form.submit();");
        browser.until(ExpectedConditions.stalenessOf(givenName));
        browser.open(url);
        assertEquals(before, browser.visible(By.id("patient:givenName")).getAttribute("value"));
    }

    @Test
    @Order(4)
    void theKeyboardReachesTheLanguagesAndSignOutWithAVisibleFocus() {
        browser.open(SONRISA + "/app/patients.xhtml");
        browser.visible(By.id("search:name"));
        List<String> reached = new ArrayList<>();
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 20; i++) { // the menu grows with the contexts
            WebElement focused = browser.driver().switchTo().activeElement();
            reached.add(focused.getAttribute("id"));
            if ("session:sign-out".equals(focused.getAttribute("id"))) {
                assertNotEquals("none", focused.getCssValue("box-shadow"), "focus is visible");
                browser.screenshot("22-keyboard-focus-sign-out");
                break;
            }
            focused.sendKeys(Keys.TAB);
        }
        assertTrue(reached.contains("nav-patients"), reached.toString());
        assertTrue(reached.stream().anyMatch(id -> id.startsWith("language:")), reached.toString());
        assertTrue(reached.contains("session:sign-out"), reached.toString());
    }
}
