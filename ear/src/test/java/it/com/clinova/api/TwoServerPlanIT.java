package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.Feature;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan change reaches every node within a second: both servers answer the feature before the
 * change (so each has served it), an operator switches it off once, and the second node refuses
 * it within a second of the commit, then serves it again within a second of the override being
 * dropped. Nodes keep no copy of a clinic's entitlements, so there is nothing to invalidate.
 */
class TwoServerPlanIT {

    private static final String REVENUE = ReportsIT.PATH + "/revenue?from=2026-01-01&to=2026-02-01";

    private static SecondServer second;

    @BeforeAll
    static void startSecondServer() throws Exception {
        second = SecondServer.start();
    }

    @AfterAll
    static void stopSecondServer() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aSwitchedOffFeatureIsRefusedOnTheOtherNodeWithinASecond() {
        PlanAdmin plans = new PlanAdmin();
        Api first = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);
        Api other = first.onPort(SecondServer.HTTP_PORT);
        assertEquals(200, first.get(REVENUE).status());
        assertEquals(200, other.get(REVENUE).status());
        try {
            plans.featureOff("lumiere", Feature.ADVANCED_REPORTS);
            Instant changed = Instant.now();
            ApiResponse refused = PlanEnforcementIT.within(() -> other.get(REVENUE), r -> r.status() == 403);
            Duration seen = Duration.between(changed, Instant.now());
            assertProblem(refused, 403, "feature-disabled");
            assertTrue(seen.compareTo(Duration.ofSeconds(1)) <= 0, "seen on node 2 after " + seen);
            System.out.println("[TwoServerPlanIT] feature switch seen on node 2 after " + seen.toMillis() + " ms");
            assertProblem(first.get(REVENUE), 403, "feature-disabled");
        } finally {
            plans.clearFeature("lumiere", Feature.ADVANCED_REPORTS);
        }
        PlanEnforcementIT.within(() -> other.get(REVENUE), r -> r.status() == 200);
        assertEquals(200, first.get(REVENUE).status());
    }
}
