package it.com.clinova.api;

import java.util.List;

/** The contended bookings against the one test server. */
class BookingConcurrencyIT extends ContendedBookings {

    @Override
    List<Api> servers() {
        return List.of(Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK));
    }
}
