package it.com.clinova.api;

import static it.com.clinova.api.Brandings.BRANDING;
import static it.com.clinova.api.Brandings.DOMAINS;
import static it.com.clinova.api.Brandings.LOGO;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Cross-tenant probes of the branding endpoints: clinic B (lumière) acts on A's (sonrisa's)
 * branding, logo and custom domain ({@code sonrisa-dental.test}). B changes and learns nothing of
 * A's; its answers about A's domain are its answers about a domain nobody has (claiming one that
 * is in use is refused as taken, which is all a clinic needs to know). A's branding and domain are
 * checked unchanged after each probe.
 */
final class BrandingProbes {

    static final Map<String, CrossTenantProbes.Probe> REGISTRY = Map.ofEntries(
            Map.entry("GET /api/v1/branding", BrandingProbes::read),
            Map.entry("PUT /api/v1/branding", BrandingProbes::rebrand),
            Map.entry("PUT /api/v1/branding/logo", BrandingProbes::replaceLogo),
            Map.entry("DELETE /api/v1/branding/logo", BrandingProbes::removeLogo),
            Map.entry("GET /api/v1/branding/domains", BrandingProbes::listDomains),
            Map.entry("POST /api/v1/branding/domains", BrandingProbes::claimDomain),
            Map.entry("GET /api/v1/branding/domains/{domain}", BrandingProbes::readDomain),
            Map.entry("POST /api/v1/branding/domains/{domain}/verification", BrandingProbes::verifyDomain),
            Map.entry("DELETE /api/v1/branding/domains/{domain}", BrandingProbes::removeDomain));

    private static final String DOMAIN_OF_A = Clinic.SONRISA_CUSTOM_DOMAIN;
    private static final String NOBODYS = "never-claimed-by-anyone.test";

    private BrandingProbes() {}

    static void read(TenantPair pair) {
        JsonNode ofB = pair.asB.get(BRANDING).json();
        assertEquals("Lumière Estética", ofB.path("displayName").asText());
        assertFalse(ofB.toString().contains("Sonrisa"), "B reads A's branding");
        assertTokenRefused(pair.tokenOfAOnB.get(BRANDING));
        assertTokenRefused(pair.tokenOfBOnA.get(BRANDING));
    }

    /** B saving its own branding (unchanged) leaves A's as it was. */
    static void rebrand(TenantPair pair) {
        JsonNode ofA = pair.asA.get(BRANDING).json();
        ApiResponse readB = pair.asB.get(BRANDING);
        JsonNode ofB = readB.json();
        Map<String, Object> same = Brandings.body(
                ofB.path("displayName").asText(),
                ofB.path("primaryColour").asText(),
                ofB.path("accentColour").isNull()
                        ? null
                        : ofB.path("accentColour").asText());
        ApiResponse saved =
                pair.asB.header("If-Match", readB.header("ETag").orElseThrow()).put(BRANDING, same);
        assertEquals(200, saved.status(), saved::toString);
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").put(BRANDING, same));
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").put(BRANDING, same));
        assertEquals(ofA, pair.asA.get(BRANDING).json(), "B changed A's branding");
    }

    static void replaceLogo(TenantPair pair) {
        JsonNode ofA = pair.asA.get(BRANDING).json();
        byte[] png = BrandingFixture.png(32, 32, 0x123456);
        assertTokenRefused(Brandings.uploadLogo(pair.tokenOfBOnA, "*", png, "image/png"));
        assertTokenRefused(Brandings.uploadLogo(pair.tokenOfAOnB, "*", png, "image/png"));
        // A's version number means nothing at B: B's own logo is not replaced with it either.
        String versionOfA = "\"" + ofA.path("version").asLong() + "\"";
        if (!versionOfA.equals(pair.asB.get(BRANDING).header("ETag").orElseThrow())) {
            assertProblem(Brandings.uploadLogo(pair.asB, versionOfA, png, "image/png"), 412, "stale-version");
        }
        assertEquals(ofA, pair.asA.get(BRANDING).json(), "B changed A's logo");
    }

    static void removeLogo(TenantPair pair) {
        JsonNode ofA = pair.asA.get(BRANDING).json();
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").send("DELETE", LOGO, null));
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").send("DELETE", LOGO, null));
        assertEquals(ofA, pair.asA.get(BRANDING).json(), "B removed A's logo");
        assertEquals(200, Api.at(TenantPair.A).download("/branding/logo").status());
    }

    static void listDomains(TenantPair pair) {
        assertFalse(pair.asB.get(DOMAINS).body().contains(DOMAIN_OF_A), "B lists A's domain");
        assertTrue(pair.asA.get(DOMAINS).body().contains(DOMAIN_OF_A));
        assertTokenRefused(pair.tokenOfAOnB.get(DOMAINS));
        assertTokenRefused(pair.tokenOfBOnA.get(DOMAINS));
    }

    static void claimDomain(TenantPair pair) {
        assertProblem(pair.asB.post(DOMAINS, Map.of("domain", DOMAIN_OF_A)), 409, "domain-taken");
        assertTokenRefused(pair.tokenOfBOnA.post(DOMAINS, Map.of("domain", NOBODYS)));
        assertFalse(pair.asA.get(DOMAINS).body().contains(NOBODYS));
        assertADomainStillServesA();
    }

    static void readDomain(TenantPair pair) {
        assertSameAsNobodys(pair.asB.get(DOMAINS + "/" + DOMAIN_OF_A), pair.asB.get(DOMAINS + "/" + NOBODYS));
        assertTokenRefused(pair.tokenOfBOnA.get(DOMAINS + "/" + DOMAIN_OF_A));
    }

    static void verifyDomain(TenantPair pair) {
        assertSameAsNobodys(
                pair.asB.post(DOMAINS + "/" + DOMAIN_OF_A + "/verification", Map.of()),
                pair.asB.post(DOMAINS + "/" + NOBODYS + "/verification", Map.of()));
        assertTokenRefused(pair.tokenOfBOnA.post(DOMAINS + "/" + DOMAIN_OF_A + "/verification", Map.of()));
        assertADomainStillServesA();
    }

    static void removeDomain(TenantPair pair) {
        assertSameAsNobodys(
                pair.asB.send("DELETE", DOMAINS + "/" + DOMAIN_OF_A, null),
                pair.asB.send("DELETE", DOMAINS + "/" + NOBODYS, null));
        assertTokenRefused(pair.tokenOfBOnA.send("DELETE", DOMAINS + "/" + DOMAIN_OF_A, null));
        assertADomainStillServesA();
    }

    private static void assertSameAsNobodys(ApiResponse aboutA, ApiResponse aboutNobody) {
        JsonNode a = assertProblem(aboutA, 404, "not-found");
        JsonNode nobody = assertProblem(aboutNobody, 404, "not-found");
        assertEquals(
                nobody.path("detail").asText().replace(NOBODYS, "X"),
                a.path("detail").asText().replace(DOMAIN_OF_A, "X"));
    }

    private static void assertADomainStillServesA() {
        assertTrue(Api.at(DOMAIN_OF_A).get("/login.xhtml").body().contains("Sonrisa"), "A's domain moved");
    }
}
