package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * What a front-desk employee sees when things go wrong, in Spanish: a national id another patient
 * already has, a save over someone else's change, a form sent after the view or the session was
 * lost, and a server failure. None of them may end on the server's own error
 * page or show a stack trace.
 */
@TestMethodOrder(OrderAnnotation.class)
class PortalErrorPathsIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final String PASSWORD = "clinova-demo";
    private static final String EXPIRED_REPEAT =
            "Su sesión caducó antes de enviar el formulario, así que no se guardó nada. Repita su último paso.";
    private static final String EXPIRED_SIGN_IN =
            "Su sesión ha caducado. Inicie sesión de nuevo y repita su último paso.";

    private static PortalBrowser browser;
    private static PortalApi api;
    private static String patientId;

    @BeforeAll
    static void start() throws Exception {
        browser = new PortalBrowser("es-ES,es");
        api = new PortalApi("sonrisa", PORT).signIn("admin", PASSWORD);
        patientId = api.register(patient("Original"));
        browser.open(SONRISA + "/login.xhtml");
        signIn();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aDuplicateNationalIdIsExplainedNextToTheField() {
        browser.open(SONRISA + "/app/patient.xhtml");
        browser.type("patient:givenName", "Duplicada");
        browser.type("patient:familyName", "Prueba");
        browser.type("patient:nationalId", "12345678z");
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        WebElement error = browser.visible(By.id("patient:nationalId-error"));
        assertEquals("Otro paciente de esta clínica ya tiene este DNI / NIE.", error.getText());
        WebElement input = browser.visible(By.id("patient:nationalId"));
        assertEquals("true", input.getAttribute("aria-invalid"));
        assertEquals("patient:nationalId-error", input.getAttribute("aria-describedby"));
        assertEquals("false", browser.visible(By.id("patient:givenName")).getAttribute("aria-invalid"));
        browser.screenshot("10-duplicate-national-id");
    }

    @Test
    @Order(2)
    void aSaveOverSomeoneElsesChangeIsRefusedAndReloadShowsTheirs() throws Exception {
        browser.open(SONRISA + "/app/patient.xhtml?id=" + patientId);
        browser.visible(By.id("patient:givenName"));
        api.replace(patientId, patient("Cambiado por la API"));
        browser.type("patient:phone", "+34 600 999 888");
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        assertEquals(
                "Otra persona ha modificado este paciente mientras usted lo editaba. Sus cambios no se han guardado.",
                browser.visible(By.cssSelector(".message-error")).getText());
        browser.screenshot("11-stale-version");
        browser.clickAndWaitForNewPage(By.id("stale:reload"));
        assertEquals(
                "Cambiado por la API", browser.visible(By.id("patient:notes")).getAttribute("value"));
        assertTrue(browser.driver().findElements(By.id("stale:reload")).isEmpty(), "the warning is gone");
        browser.type("patient:phone", "+34 600 999 888");
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
        browser.visible(By.cssSelector(".message-info"));
    }

    @Test
    @Order(3)
    void aFormSentToAViewTheServerNoLongerHoldsReopensThePageWithANotice() {
        browser.open(SONRISA + "/app/patient.xhtml?id=" + patientId);
        WebElement state =
                browser.driver().findElement(By.cssSelector("[id='patient'] [name='jakarta.faces.ViewState']"));
        // Same shape, other key: the server finds no such view, as after it dropped the view.
        browser.script(
                "var v = arguments[0].value; var i = Math.floor(v.length / 2); var c = v.charAt(i);"
                        + "arguments[0].value = v.slice(0, i) + (c === 'A' ? 'B' : 'A') + v.slice(i + 1);",
                state);
        browser.clickAndWaitForNewPage(By.id("patient:save"));
        assertEquals(EXPIRED_REPEAT, browser.visible(By.id("notice")).getText());
        assertTrue(
                browser.driver().getCurrentUrl().contains("id=" + patientId),
                browser.driver().getCurrentUrl());
        assertEquals("Original", browser.visible(By.id("patient:givenName")).getAttribute("value"));
        browser.screenshot("12-expired-view");
    }

    @Test
    @Order(5)
    void controlCharactersInASearchAreRefusedWithAMessageNotAServerError() {
        browser.open(SONRISA + "/app/patients.xhtml");
        // PostgreSQL cannot take a NUL character: the portal must refuse it as bad input.
        browser.script("arguments[0].value = 'a\\u0000b'", browser.visible(By.id("search:name")));
        browser.clickAndWaitForNewPage(By.id("search:submit"));
        assertEquals(
                "Quita los caracteres de control invisibles de este campo.",
                browser.visible(By.id("search:name-error")).getText());
        assertFalse(browser.driver().getPageSource().contains("Algo ha fallado"));
        browser.screenshot("14-control-characters");
    }

    @Test
    @Order(6)
    void aFormSentAfterTheSessionEndedLeadsToSignInWithANotice() {
        browser.open(SONRISA + "/app/patients.xhtml");
        browser.visible(By.id("search:name"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver()
                .manage()
                .addCookie(new Cookie.Builder("JSESSIONID", "0000gone:forgotten")
                        .path("/")
                        .isHttpOnly(true)
                        .build());
        browser.clickAndWaitForNewPage(By.id("search:submit"));
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals(EXPIRED_SIGN_IN, browser.visible(By.id("notice")).getText());
        browser.screenshot("15-session-expired-sign-in");
    }

    @Test
    @Order(7)
    void aSignInFormLeftOpenPastItsSessionAsksToRepeatInsteadOfFailing() {
        browser.open(SONRISA + "/login.xhtml");
        browser.visible(By.id("login:username"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.type("login:username", "frontdesk");
        browser.type("login:password", PASSWORD);
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals(EXPIRED_SIGN_IN, browser.visible(By.id("notice")).getText());
        signIn();
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    private static void signIn() {
        browser.type("login:username", "frontdesk");
        browser.type("login:password", PASSWORD);
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
    }

    private static String patient(String notes) {
        return "{\"givenName\":\"Original\",\"familyName\":\"Concurrencia\",\"notes\":\"" + notes + "\"}";
    }
}
