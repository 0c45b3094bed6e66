package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A front-desk employee's day at Clínica Dental Sonrisa, in order: a wrong password, signing
 * in, finding and registering patients, changing language; then the same session cookie is
 * presented at Lumière Estética's host, where it must open nothing. The browser asks for
 * Spanish, as a Spanish clinic's browsers would.
 */
@TestMethodOrder(OrderAnnotation.class)
class PortalBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final String LUMIERE = "http://lumiere.localhost:" + PORT;
    private static final String PASSWORD = "clinova-demo";
    private static final By RESULT_ROWS = By.cssSelector("[id='results:table'] tbody tr");

    private static PortalBrowser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new PortalBrowser("es-ES,es");
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anonymousVisitorIsSentToSignInAndAWrongPasswordIsRefusedInSpanish() {
        browser.open(SONRISA + "/app/patients.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn("frontdesk", "not-the-password");
        WebElement error = browser.visible(By.cssSelector(".message-error"));
        assertEquals("El usuario o la contraseña no son correctos. Inténtelo de nuevo.", error.getText());
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        browser.screenshot("01-login-wrong-password");
    }

    @Test
    @Order(2)
    void signedInPagesCarryTheClinicsBranding() {
        signIn("frontdesk", PASSWORD);
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
        assertEquals(
                "Clínica Dental Sonrisa", browser.visible(By.id("clinic-name")).getText());
        WebElement logo = browser.visible(By.id("clinic-logo"));
        browser.until(d -> ((Number) browser.script("return arguments[0].naturalWidth", logo)).intValue() > 0);
        String headerColour =
                (String) browser.script("return getComputedStyle(document.getElementById('topbar')).backgroundColor");
        assertEquals("rgb(14, 116, 144)", headerColour);
        assertEquals("es", browser.script("return document.documentElement.lang"));
        assertFalse(browser.visible(By.id("user-name")).getText().isBlank());
        browser.screenshot("02-patients");
    }

    @Test
    @Order(3)
    void nameSearchIgnoresAccentsAndCase() {
        search("nunez");
        List<WebElement> rows = browser.until(d -> {
            List<WebElement> found = d.findElements(RESULT_ROWS);
            return found.size() == 1 ? found : null;
        });
        assertTrue(rows.get(0).getText().contains("Núñez García"), rows.get(0).getText());
        browser.screenshot("03-search-nunez");
    }

    @Test
    @Order(4)
    void aNewPatientIsValidatedSavedAndFoundBySearch() {
        browser.clickAndWaitForNewPage(By.id("new-patient"));
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        assertEquals(
                "Este campo es obligatorio.",
                browser.visible(By.id("patient:givenName-error")).getText());
        browser.screenshot("04-new-patient-errors");

        String familyName = "Prueba" + uniqueLetters();
        browser.type("patient:givenName", "Lucía");
        browser.type("patient:familyName", familyName);
        browser.script("arguments[0].value = '1991-05-17'", browser.visible(By.id("patient:dateOfBirth")));
        new Select(browser.visible(By.id("patient:sex"))).selectByVisibleText("Mujer");
        browser.type("patient:phone", "+34 600 111 222");
        browser.type("patient:email", "lucia@example.es");
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
        assertTrue(browser.visible(By.cssSelector(".message-info")).getText().contains(familyName));

        search(familyName.toLowerCase());
        browser.until(d -> d.findElements(RESULT_ROWS).size() == 1);
        assertTrue(browser.driver().findElement(RESULT_ROWS).getText().contains(familyName));
        browser.screenshot("05-new-patient-found");
    }

    @Test
    @Order(5)
    void theLanguageSwitcherChangesEveryText() {
        switchTo("en", "Patients");
        switchTo("pt", "Utentes");
        browser.screenshot("06-patients-pt");
        switchTo("es", "Pacientes");
    }

    @Test
    @Order(6)
    void loadMoreContinuesTheListWithoutPuttingTheCursorInTheUrl() {
        int firstPage = browser.until(d -> {
            int rows = d.findElements(RESULT_ROWS).size();
            return rows > 0 ? rows : null;
        });
        browser.clickAndWaitForNewPage(By.id("results:more"));
        browser.until(d -> d.findElements(RESULT_ROWS).size() > firstPage);
        assertFalse(
                browser.driver().getCurrentUrl().contains("?"), browser.driver().getCurrentUrl());
    }

    @Test
    @Order(7)
    void aSessionOfOneClinicOpensNothingAtAnother() {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "signed in at Sonrisa with a session cookie");
        browser.open(LUMIERE + "/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.driver()
                .manage()
                .addCookie(new Cookie.Builder("JSESSIONID", session.getValue())
                        .path("/")
                        .isHttpOnly(true)
                        .build());
        browser.open(LUMIERE + "/app/patients.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals("Lumière Estética", browser.visible(By.id("clinic-name")).getText());
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("Sonrisa"), "no trace of the other clinic");
        assertFalse(page.contains("Núñez"), "no patient of the other clinic");
        assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty(), "nobody is signed in");
        browser.screenshot("07-lumiere-login");
    }

    private void signIn(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
    }

    private void search(String name) {
        browser.type("search:name", name);
        browser.clickAndWaitForNewPage(By.id("search:submit"));
    }

    private void switchTo(String language, String heading) {
        browser.clickAndWaitForNewPage(By.cssSelector("[data-lang='" + language + "']"));
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        assertEquals(language, browser.script("return document.documentElement.lang"));
    }

    /** Letters only, so the name is a valid word for the prefix search. */
    private static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
