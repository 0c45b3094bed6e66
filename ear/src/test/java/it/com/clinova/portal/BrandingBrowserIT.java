package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.com.clinova.api.BrandingFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Lumière's admin, in Portuguese, rebrands the clinic on the Branding page: a colour too pale for
 * white text is flagged while typed and refused on save; a good colour and a new logo show in the
 * preview before saving, and after saving the portal's header carries them, while sonrisa's portal
 * looks as before. Lumière's branding is put back afterwards.
 */
@TestMethodOrder(OrderAnnotation.class)
class BrandingBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String LUMIERE = "http://lumiere.localhost:" + PORT;
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final String VIOLET = "#5b21b6";
    private static final String VIOLET_RGB = "rgb(91, 33, 182)";

    private static PortalBrowser browser;
    private static BrandingFixture.Saved saved;
    private static Path logoFile;
    private static byte[] logo;

    @BeforeAll
    static void start() throws IOException {
        saved = BrandingFixture.save("lumiere.localhost");
        logo = BrandingFixture.png(96, 96, 0xf59e0b);
        logoFile = Files.createTempFile("clinova-logo", ".png");
        Files.write(logoFile, logo);
        browser = new PortalBrowser("pt-PT,pt");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            Files.deleteIfExists(logoFile);
        } finally {
            BrandingFixture.restore(saved);
        }
    }

    @Test
    @Order(1)
    void aColourTooPaleForWhiteTextIsFlaggedWhileTypedAndRefused() {
        signIn("admin");
        browser.clickAndWaitForNewPage(By.id("nav-branding"));
        browser.type("branding:primaryColour", "#facc15");

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("primaryColour-contrast"), "1.53:1"));
        assertTrue(browser.visible(By.id("primaryColour-contrast"))
                .getAttribute("class")
                .contains("contrast-low"));
        browser.clickAndWaitForNewPage(By.id("branding:save"));
        String error = browser.visible(By.id("branding:primaryColour-error")).getText();
        assertTrue(error.contains("1.53:1") && error.contains("4,5:1"), error);
        assertEquals("rgb(157, 23, 77)", headerColour(), "a refused colour reached the portal");
    }

    @Test
    @Order(2)
    void theAdminSeesTheNewColourAndLogoInThePreviewBeforeSaving() {
        browser.type("branding:primaryColour", VIOLET);
        browser.visible(By.id("branding:logo"))
                .sendKeys(logoFile.toAbsolutePath().toString());

        browser.until(
                d -> VIOLET_RGB.equals(
                        browser.script(
                                "return getComputedStyle(document.querySelector('#brand-preview .brand-preview-bar')).backgroundColor")));
        browser.until(d -> String.valueOf(browser.script("return document.getElementById('preview-logo').src"))
                .startsWith("blob:"));
        assertEquals("rgb(157, 23, 77)", headerColour(), "the portal changed before saving");
        browser.screenshot("branding-01-preview");
    }

    @Test
    @Order(3)
    void afterSavingThePortalShowsThemAndTheOtherClinicDoesNot() throws Exception {
        browser.clickAndWaitForNewPage(By.id("branding:save"));

        browser.until(d -> VIOLET_RGB.equals(headerColour()));
        String src = browser.visible(By.id("clinic-logo")).getAttribute("src");
        assertTrue(src.contains("/branding/logo?v="), src);
        assertArrayEquals(logo, fetch(src));
        browser.clickAndWaitForNewPage(By.id("nav-patients"));
        assertEquals(VIOLET_RGB, headerColour());
        browser.screenshot("branding-02-saved");

        browser.open(SONRISA + "/login.xhtml");
        assertEquals("rgb(14, 116, 144)", headerColour());
        assertFalse(
                browser.visible(By.id("clinic-logo")).getAttribute("src").contains(src.substring(src.indexOf("?v="))));
    }

    private static String headerColour() {
        return (String) browser.script("return getComputedStyle(document.getElementById('topbar')).backgroundColor");
    }

    private static byte[] fetch(String url) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + uri.getPort() + uri.getRawPath() + "?" + uri.getRawQuery()))
                .header("Host", uri.getHost() + ":" + uri.getPort())
                .build();
        return HttpClient.newHttpClient()
                .send(request, BodyHandlers.ofByteArray())
                .body();
    }

    private static void signIn(String username) {
        browser.open(LUMIERE + "/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }
}
