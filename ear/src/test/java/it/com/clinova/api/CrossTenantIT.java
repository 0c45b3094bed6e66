package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Invariant 6: every endpoint is exercised from a second clinic. The operations come from the
 * server's own OpenAPI document, the probes from {@link CrossTenantProbes#REGISTRY}; an operation
 * without a probe fails the build by name, so isolation tests cannot silently fall behind the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIT {

    private static final String PATIENTS_PAGE = "/app/patients.xhtml";

    private SortedSet<String> operations;
    private TenantPair pair;

    @BeforeAll
    void discoverOperationsAndSeedClinicA() {
        operations = OpenApiOperations.discover();
        pair = new TenantPair();
    }

    @Test
    void everyDocumentedOperationHasACrossTenantProbe() {
        List<String> missing = operations.stream()
                .filter(op -> !CrossTenantProbes.REGISTRY.containsKey(op))
                .map(op -> "no cross-tenant probe for " + op)
                .toList();

        assertEquals(List.of(), missing, String.join("\n", missing));
    }

    @Test
    void everyProbeStillHasItsOperation() {
        // A probe for an operation that was renamed or removed would pass forever while testing nothing.
        List<String> stale = CrossTenantProbes.REGISTRY.keySet().stream()
                .filter(op -> !operations.contains(op))
                .sorted()
                .map(op -> "cross-tenant probe for an operation the API does not document: " + op)
                .toList();

        assertEquals(List.of(), stale, String.join("\n", stale));
    }

    @TestFactory
    Stream<DynamicTest> eachOperationRevealsAndChangesNothingOfAnotherClinic() {
        return operations.stream()
                .filter(CrossTenantProbes.REGISTRY::containsKey)
                .map(op -> DynamicTest.dynamicTest(
                        op, () -> CrossTenantProbes.REGISTRY.get(op).run(pair)));
    }

    @Test
    void aPortalSessionOfAOpensNothingAtB() {
        String cookie = PortalSignIn.sessionCookie(TenantPair.A, User.ADMIN);
        PortalVisit.Page atA = PortalVisit.follow(TenantPair.A, PATIENTS_PAGE, cookie);
        assertEquals(PATIENTS_PAGE, atA.path(), "the session does not even work at its own clinic");

        PortalVisit.Page atB = PortalVisit.follow(TenantPair.B, PATIENTS_PAGE, cookie);

        assertTrue(atB.path().startsWith(PortalSignIn.LOGIN_PAGE), () -> "B showed " + atB.path());
        assertEquals(200, atB.response().status(), () -> atB.response().toString());
        assertFalse(atB.response().body().contains(DemoPatients.MARIA_FAMILY), "B's page shows A's patient");
    }

    @Test
    void bsStaffCannotOpenAsPatientPageInThePortal() {
        String cookieOfB = PortalSignIn.sessionCookie(TenantPair.B, User.ADMIN);
        String idOfA = pair.createdByA.path("id").asText();

        PortalVisit.Page page = PortalVisit.follow(TenantPair.B, "/app/patient.xhtml?id=" + idOfA, cookieOfB);

        assertEquals(404, page.response().status(), () -> page.response().toString());
        assertFalse(
                page.response()
                        .body()
                        .contains(pair.createdByA.path("familyName").asText()),
                "B's portal shows A's patient");
    }

    @Test
    void aPortalSessionOfAOpensNothingOfBsApi() {
        String cookie = PortalSignIn.sessionCookie(TenantPair.A, User.ADMIN);

        // The API takes bearer tokens only, and certainly not another clinic's session.
        Problems.assertUnauthorized(
                Api.at(TenantPair.B).header("Cookie", cookie).get(Patients.PATH), "not-authenticated");
        Problems.assertUnauthorized(
                Api.at(TenantPair.A).header("Cookie", cookie).get(Patients.PATH), "not-authenticated");
    }
}
