package it.com.clinova.api;

import static it.com.clinova.api.Brandings.DOMAINS;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom domains at lumière, verified by a DNS TXT record that this test publishes in a DNS
 * server of its own, which the test server is configured to ask: a claimed domain does not reach
 * the clinic until its record is found, then reaches it like {@code lumiere.localhost} does, and
 * stops the moment it is removed. A domain another clinic serves cannot be claimed.
 */
class CustomDomainIT {

    private static final String DOMAIN = "portal.lumiere-estetica.test";
    private static TestDnsServer dns;

    private final Api admin = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);

    @BeforeAll
    static void startDns() {
        dns = TestDnsServer.start();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    @AfterEach
    void forget() {
        dns.clear();
        admin.send("DELETE", DOMAINS + "/" + DOMAIN, null);
    }

    @Test
    void aDomainReachesTheClinicOnlyOnceItsTxtRecordIsFoundAndStopsWhenRemoved() {
        ApiResponse claimed = admin.post(DOMAINS, Map.of("domain", "Portal.Lumiere-Estetica.TEST."));

        assertEquals(201, claimed.status(), claimed::toString);
        assertTrue(claimed.header("Location").orElseThrow().endsWith(DOMAINS + "/" + DOMAIN));
        JsonNode pending = claimed.json();
        assertEquals(DOMAIN, pending.path("domain").asText());
        assertEquals("pending", pending.path("status").asText());
        assertEquals("TXT", pending.path("verification").path("type").asText());
        assertEquals(
                "_clinova-challenge." + DOMAIN,
                pending.path("verification").path("name").asText());
        String token = pending.path("verification").path("value").asText();
        assertTrue(token.startsWith("clinova-verification="), token);
        assertProblem(Api.at(DOMAIN).get(Patients.PATH), 404, "unknown-clinic");

        JsonNode notYet = assertProblem(
                admin.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of()), 409, "domain-not-verified");
        assertEquals(token, notYet.path("recordValue").asText());
        JsonNode checked = admin.get(DOMAINS + "/" + DOMAIN).json();
        assertTrue(
                checked.path("verification").path("failure").asText().startsWith("No TXT record found"),
                checked::toString);
        assertFalse(checked.path("verification").path("checkedAt").asText("").isEmpty(), checked::toString);

        dns.publishTxt("_clinova-challenge." + DOMAIN, "clinova-verification=someone-elses-token");
        assertProblem(admin.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of()), 409, "domain-not-verified");
        assertProblem(Api.at(DOMAIN).get(Patients.PATH), 404, "unknown-clinic");

        dns.publishTxt("_clinova-challenge." + DOMAIN, "v=spf1 -all", token);
        ApiResponse verified = admin.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of());
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("active", verified.json().path("status").asText());
        assertTrue(verified.json().path("verification").isMissingNode()
                || verified.json().path("verification").isNull());
        String page = Api.at(DOMAIN).get("/login.xhtml").body();
        assertTrue(page.contains("Lumière Estética"), page);
        ApiResponse viaDomain = Api.at(DOMAIN).as(Clinic.LUMIERE, User.ADMIN).get(Brandings.BRANDING);
        assertEquals(200, viaDomain.status(), viaDomain::toString);
        assertEquals(
                "active",
                admin.get(DOMAINS)
                        .json()
                        .path("items")
                        .findValuesAsText("status")
                        .get(0));

        ApiResponse removed = admin.send("DELETE", DOMAINS + "/" + DOMAIN, null);
        assertEquals(204, removed.status(), removed::toString);
        assertProblem(Api.at(DOMAIN).get(Patients.PATH), 404, "unknown-clinic");
        assertProblem(admin.get(DOMAINS + "/" + DOMAIN), 404, "not-found");
    }

    @Test
    void aDomainAnotherClinicServesCannotBeClaimed() {
        JsonNode taken =
                assertProblem(admin.post(DOMAINS, Map.of("domain", Clinic.SONRISA_CUSTOM_DOMAIN)), 409, "domain-taken");
        assertTrue(taken.path("detail").asText().contains("another clinic"), taken::toString);
        assertTrue(
                Api.at(Clinic.SONRISA_CUSTOM_DOMAIN).get("/login.xhtml").body().contains("Sonrisa"));
    }

    @Test
    void twoClinicsMayClaimOneDomainButOnlyTheOneThatProvesControlGetsIt() {
        Api sonrisa = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
        try {
            String tokenOfSonrisa = sonrisa.post(DOMAINS, Map.of("domain", DOMAIN))
                    .json()
                    .path("verification")
                    .path("value")
                    .asText();
            String tokenOfLumiere = admin.post(DOMAINS, Map.of("domain", DOMAIN))
                    .json()
                    .path("verification")
                    .path("value")
                    .asText();
            assertFalse(tokenOfSonrisa.equals(tokenOfLumiere));

            dns.publishTxt("_clinova-challenge." + DOMAIN, tokenOfLumiere);
            assertProblem(sonrisa.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of()), 409, "domain-not-verified");
            assertEquals(
                    200,
                    admin.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of())
                            .status());
            dns.publishTxt("_clinova-challenge." + DOMAIN, tokenOfLumiere, tokenOfSonrisa);
            assertProblem(sonrisa.post(DOMAINS + "/" + DOMAIN + "/verification", Map.of()), 409, "domain-taken");
            assertTrue(Api.at(DOMAIN).get("/login.xhtml").body().contains("Lumière"));
        } finally {
            sonrisa.send("DELETE", DOMAINS + "/" + DOMAIN, null);
        }
    }

    @Test
    void namesThatAreNotAClinicsToClaimAreRefused() {
        assertInvalidFields(admin.post(DOMAINS, Map.of("domain", "other.localhost")), "domain");
        assertInvalidFields(admin.post(DOMAINS, Map.of("domain", "127.0.0.1")), "domain");
        assertInvalidFields(admin.post(DOMAINS, Map.of("domain", "no spaces.example")), "domain");
        assertInvalidFields(admin.send("POST", DOMAINS, "null"), "body");
        assertProblem(admin.get(DOMAINS + "/never-claimed.example"), 404, "not-found");
        assertProblem(admin.post(DOMAINS + "/never-claimed.example/verification", Map.of()), 404, "not-found");
        assertProblem(admin.send("DELETE", DOMAINS + "/never-claimed.example", null), 404, "not-found");
    }

    @Test
    void onlyClinicAdminsManageDomains() {
        Api frontDesk = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.FRONT_DESK);

        assertProblem(frontDesk.get(DOMAINS), 403, "forbidden");
        assertProblem(frontDesk.post(DOMAINS, Map.of("domain", DOMAIN)), 403, "forbidden");
    }
}
