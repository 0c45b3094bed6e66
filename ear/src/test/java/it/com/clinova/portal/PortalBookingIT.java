package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.db.demo.DemoPractice;
import com.clinova.db.demo.DemoPractices;
import com.clinova.db.demo.DemoTenants;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Sonrisa's front desk books appointments in the browser, in Spanish: from the calendar (choose
 * the location and service, pick a free time with the keyboard, find the patient, hold, confirm)
 * and from a patient's page (find a free time for the patient, hold, confirm), then sees the
 * appointment in the calendar and cancels one with a reason. The demo practice is used: Dra.
 * Elena Vidal works Mondays from 09:00 at Sonrisa Centro; the Mondays chosen lie beyond every
 * demo holiday and absence.
 */
@TestMethodOrder(OrderAnnotation.class)
class PortalBookingIT {

    private static final String PORT = System.getProperty("clinova.it.http.port", "19080");
    private static final String SONRISA = "http://sonrisa.localhost:" + PORT;
    private static final DemoPractice PRACTICE = DemoPractices.of(DemoTenants.SONRISA, LocalDate.now());
    private static final String CENTRO =
            PRACTICE.idOf("location", "Sonrisa Centro").toString();
    private static final String FIRST_VISIT = "Primera visita";
    private static final String VIDAL = "Dra. Elena Vidal";
    /** Mondays of their own: far enough for no demo exception, a random week so reruns rarely meet. */
    private static final LocalDate MONDAY = LocalDate.now()
            .plusDays(70 + 7L * ThreadLocalRandom.current().nextInt(40))
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    private static PortalBrowser browser;
    private static String calendarPatient;
    private static String pagePatient;
    private static String pagePatientId;
    private static String bookedAt;

    @BeforeAll
    static void startBrowserAndRegisterPatients() throws Exception {
        PortalApi api = new PortalApi("sonrisa", PORT).signIn("frontdesk", "clinova-demo");
        calendarPatient = "Agenda" + letters();
        pagePatient = "Ficha" + letters();
        api.register("{\"givenName\":\"Carmen\",\"familyName\":\"" + calendarPatient + "\"}");
        pagePatientId = api.register("{\"givenName\":\"Pilar\",\"familyName\":\"" + pagePatient + "\"}");
        browser = new PortalBrowser("es-ES,es");
        browser.open(SONRISA + "/login.xhtml");
        browser.type("login:username", "frontdesk");
        browser.type("login:password", "clinova-demo");
        browser.clickAndWaitForNewPage(By.id("login:sign-in"));
        browser.until(ExpectedConditions.urlContains("/app/patients.xhtml"));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void frontDeskBooksAFreeTimeFromTheCalendar() {
        browser.clickAndWaitForNewPage(By.id("nav-calendar"));
        new Select(browser.visible(By.id("choose:location"))).selectByVisibleText("Sonrisa Centro");
        new Select(browser.visible(By.id("choose:service"))).selectByVisibleText(FIRST_VISIT);
        browser.script("arguments[0].value = arguments[1]", browser.visible(By.id("choose:date")), MONDAY.toString());
        browser.clickAndWaitForNewPage(By.id("choose:show"));
        assertEquals(
                "Agenda de Sonrisa Centro",
                browser.visible(By.id("calendar-heading")).getText());
        WebElement firstFree = browser.visible(By.cssSelector("#grid a.free-slot"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", firstFree);
        browser.screenshot("20-calendar-day");

        bookedAt = firstFree.getText();
        assertTrue(bookedAt.matches("\\d\\d:\\d\\d"), bookedAt);
        assertTrue(firstFree.getAttribute("aria-label").contains(VIDAL), firstFree.getAttribute("aria-label"));
        firstFree.sendKeys(Keys.ENTER); // keyboard, as a link is followed without a mouse
        browser.until(ExpectedConditions.urlContains("/app/book.xhtml"));
        assertTrue(browser.visible(By.id("slot-text")).getText().contains(VIDAL));

        browser.type("patient-search:query", calendarPatient);
        browser.clickAndWaitForNewPage(By.id("patient-search:search"));
        browser.clickAndWaitForNewPage(By.cssSelector("#patients input[type='submit']"));
        assertTrue(browser.visible(By.id("patient-name")).getText().contains(calendarPatient));
        holdAndConfirm("21-booked-from-calendar");
    }

    @Test
    @Order(2)
    void theBookingShowsInTheCalendarAsALinkWithItsStatus() {
        browser.open(SONRISA + "/app/calendar.xhtml?location=" + CENTRO + "&date=" + MONDAY);
        WebElement booked = browser.visible(By.xpath(
                "//table[@id='grid']//a[contains(@class,'appointment')][contains(.,'" + calendarPatient + "')]"));
        assertTrue(booked.getText().contains("Reservada"), booked.getText());
        assertTrue(booked.getText().startsWith(bookedAt), booked.getText());
        browser.script("arguments[0].scrollIntoView({block: 'center'})", booked);
        browser.screenshot("22-calendar-with-booking");

        browser.clickAndWaitForNewPage(By.id("next"));
        assertTrue(
                browser.driver().getCurrentUrl().contains("date=" + MONDAY.plusDays(1)),
                browser.driver().getCurrentUrl());
    }

    @Test
    @Order(3)
    void frontDeskBooksFromAPatientsPage() {
        browser.open(SONRISA + "/app/patient.xhtml?id=" + pagePatientId);
        browser.clickAndWaitForNewPage(By.id("book-appointment"));
        assertTrue(browser.visible(By.id("patient-name")).getText().contains(pagePatient));

        new Select(browser.visible(By.id("slots:service"))).selectByVisibleText(FIRST_VISIT);
        new Select(browser.visible(By.id("slots:practitioner"))).selectByVisibleText(VIDAL);
        new Select(browser.visible(By.id("slots:location"))).selectByVisibleText("Sonrisa Centro");
        browser.script(
                "arguments[0].value = arguments[1]",
                browser.visible(By.id("slots:from")),
                MONDAY.plusDays(7).toString());
        browser.clickAndWaitForNewPage(By.id("slots:search"));
        WebElement first = browser.visible(By.cssSelector("#slot-options li"));
        assertTrue(first.getText().contains(VIDAL), first.getText());
        browser.clickAndWaitForNewPage(By.cssSelector("#slot-options input[type='submit']"));
        holdAndConfirm("23-booked-from-patient");
    }

    @Test
    @Order(4)
    void theAppointmentPageOffersOnlyAllowedChangesAndCancelsWithAReason() {
        assertTrue(browser.driver().findElements(By.id("actions:complete")).isEmpty(), "front desk does not complete");
        assertTrue(
                browser.driver().findElements(By.id("actions:confirm")).isEmpty(), "a booking is not confirmed again");
        browser.visible(By.id("actions:check-in"));

        browser.clickAndWaitForNewPage(By.id("cancel:cancel-appointment"));
        assertEquals(
                "Indique el motivo de la cancelación.",
                browser.visible(By.id("cancel:reason-error")).getText());
        browser.type("cancel:reason", "La paciente está de viaje");
        browser.clickAndWaitForNewPage(By.id("cancel:cancel-appointment"));

        assertEquals("Cancelada", browser.visible(By.id("status")).getText());
        assertEquals(
                "La paciente está de viaje",
                browser.visible(By.id("cancel-reason")).getText());
        assertTrue(browser.driver().findElements(By.id("actions")).isEmpty(), "nothing left to do");
        browser.screenshot("24-cancelled");
    }

    private void holdAndConfirm(String screenshot) {
        browser.clickAndWaitForNewPage(By.id("hold:hold"));
        assertTrue(browser.visible(By.id("held-until")).getText().startsWith("La hora queda retenida"));
        browser.clickAndWaitForNewPage(By.id("held:confirm"));
        browser.until(ExpectedConditions.urlContains("/app/appointment.xhtml"));
        assertEquals("Reservada", browser.visible(By.id("status")).getText());
        assertEquals(
                "La cita está reservada.",
                browser.visible(By.cssSelector(".message-info")).getText());
        assertEquals(VIDAL, browser.visible(By.id("practitioner")).getText());
        browser.screenshot(screenshot);
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
