package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.com.clinova.api.BillingScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Billing at Clínica Dental Sonrisa, in Spanish: a patient's appointment was completed through the
 * API; the billing clerk finds the patient, invoices the appointment with an extra discounted line,
 * issues the invoice, records a payment and downloads the PDF, which reads back with the
 * invoice's number, the patient and the totals. The front desk sees no billing at all.
 */
@TestMethodOrder(OrderAnnotation.class)
class BillingBrowserIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;

    private static PortalBrowser browser;
    private static BillingScenario.Visit visit;
    private static String number;

    @BeforeAll
    static void aPatientsAppointmentWasCompleted() throws IOException {
        visit = BillingScenario.completedVisit();
        browser = new PortalBrowser("es-ES,es");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theFrontDeskSeesNoBilling() {
        signIn("frontdesk");
        assertTrue(browser.driver().findElements(By.id("nav-invoices")).isEmpty(), "billing menu for front desk");
        browser.open(SONRISA + "/app/patient-billing.xhtml?patient=" + visit.patientId());
        assertTrue(browser.visible(By.cssSelector("#forbidden p")).getText().startsWith("La facturación es para"));
        browser.clickAndWaitForNewPage(By.id("session:sign-out"));
    }

    @Test
    @Order(2)
    void theBillingClerkFindsThePatientAndTheirCompletedAppointment() {
        signIn("billing");
        browser.visible(By.id("nav-invoices"));
        browser.type("search:name", visit.familyName());
        browser.clickAndWaitForNewPage(By.id("search:submit"));
        browser.clickAndWaitForNewPage(By.cssSelector("[id='results:table'] a.row-link"));
        browser.clickAndWaitForNewPage(By.id("billing"));
        assertTrue(browser.visible(By.id("heading")).getText().contains(visit.familyName()));

        // The visit lies weeks ahead (the scheduling fixture books on days of its own): show its window.
        browser.script(
                "arguments[0].value = arguments[1]",
                browser.visible(By.id("window:fromDate")),
                visit.day().minusDays(2).toString());
        browser.clickAndWaitForNewPage(By.id("window:show"));
        List<WebElement> rows = browser.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[id='billable:table'] tbody tr"));
            return found.size() == 1 ? found : null;
        });
        assertTrue(rows.get(0).getText().contains("Consulta IT"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("40,00 €"), rows.get(0).getText());
        browser.screenshot("40-billing-patient");
    }

    @Test
    @Order(3)
    void aDraftBillsTheAppointmentAndTakesAnExtraDiscountedLine() {
        browser.visible(By.cssSelector("[id='billable:table'] input[type=checkbox]"))
                .click();
        browser.clickAndWaitForNewPage(By.id("billable:create"));
        assertEquals("Borrador de factura", browser.visible(By.id("heading")).getText());
        assertEquals("Borrador", browser.visible(By.id("status")).getText());

        browser.type("line:description", "Radiografía panorámica");
        browser.type("line:unitPrice", "25,00");
        browser.type("line:discountPercent", "10");
        browser.clickAndWaitForNewPage(By.id("line:add"));

        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("[id='lines:table'] tbody tr"))
                        .size());
        assertEquals("62,50 €", browser.visible(By.id("net")).getText()); // 40.00 + 22.50
        assertEquals("75,63 €", browser.visible(By.id("total")).getText()); // + 8.40 + 4.73
    }

    @Test
    @Order(4)
    void aWrongAmountIsNamedNextToItsField() {
        browser.type("line:description", "Material");
        browser.type("line:unitPrice", "doce");
        browser.clickAndWaitForNewPage(By.id("line:add"));

        assertEquals(
                "Escriba un precio como 45,50 (como mucho 2 decimales).",
                browser.visible(By.id("line:unitPrice-error")).getText());
        assertEquals("true", browser.visible(By.id("line:unitPrice")).getAttribute("aria-invalid"));
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("[id='lines:table'] tbody tr"))
                        .size());
    }

    @Test
    @Order(5)
    void issuingGivesTheInvoiceItsNumberAndAPaymentReducesWhatIsOpen() {
        browser.clickAndWaitForNewPage(By.id("issue:issue"));
        assertEquals("Emitida", browser.visible(By.id("status")).getText());
        String heading = browser.visible(By.id("heading")).getText();
        assertTrue(heading.matches("Factura SON-\\d{6,}"), heading);
        number = heading.substring("Factura ".length());

        new Select(browser.visible(By.id("payment:method"))).selectByVisibleText("Efectivo");
        browser.type("payment:amount", "20,00");
        browser.clickAndWaitForNewPage(By.id("payment:record"));
        assertEquals("55,63 €", browser.visible(By.id("open-amount")).getText());
        assertTrue(browser.visible(By.id("payments")).getText().contains("Efectivo"));
        browser.screenshot("41-billing-invoice-issued");
    }

    @Test
    @Order(6)
    void theInvoiceDownloadsAsAPdfWithItsNumberThePatientAndTheTotals() throws IOException {
        browser.visible(By.id("pdf")).click();
        Path pdf = browser.until(d -> downloaded(number + ".pdf").orElse(null));

        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
        for (String expected : List.of(
                "Factura",
                number,
                visit.givenName() + " " + visit.familyName(),
                "Radiografía panorámica",
                "Total 75,63 €",
                "Efectivo",
                "Pendiente de pago 55,63 €")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in " + text);
        }
    }

    @Test
    @Order(7)
    void theBillingClerkSeesTheSettingsButOnlyAnAdminChangesThem() {
        browser.clickAndWaitForNewPage(By.id("nav-invoices"));
        browser.clickAndWaitForNewPage(By.id("settings"));
        assertEquals("21.00", browser.visible(By.id("settings:taxRate")).getAttribute("value"));
        browser.visible(By.id("read-only"));
        assertTrue(browser.driver().findElements(By.id("settings:save")).isEmpty(), "save button for billing staff");
    }

    private static Optional<Path> downloaded(String name) {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst();
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
}
