package it.com.clinova.api;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contended bookings spread over two Liberty servers that share the database, as behind a
 * round-robin balancer: half the requests reach each node, and still exactly one wins, because
 * the database, not either node, decides.
 */
class TwoServerBookingIT extends ContendedBookings {

    private static SecondServer second;

    @BeforeAll
    static void startSecondServer() throws Exception {
        crowd(); // the practice is made before the second node starts, so it shares nothing but the database
        second = SecondServer.start();
    }

    @AfterAll
    static void stopSecondServer() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @Override
    List<Api> servers() {
        Api first = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);
        return List.of(first, first.onPort(SecondServer.HTTP_PORT));
    }
}
