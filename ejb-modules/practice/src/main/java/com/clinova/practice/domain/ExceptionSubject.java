package com.clinova.practice.domain;

import com.clinova.practice.api.ScheduleExceptionDetails;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an exception is about, checked against its kind: a holiday is about the whole clinic, a
 * closure about one location, an absence about one practitioner. A closure's times are wall-clock
 * times at its location; the others' are in the clinic's zone.
 */
final class ExceptionSubject {

    private final Optional<Location> location;

    private ExceptionSubject(Optional<Location> location) {
        this.location = location;
    }

    static ExceptionSubject check(FieldRules rules, ScheduleExceptionDetails d, PracticeLookup practice) {
        if (d.kind() == null) {
            rules.add("kind", "is required (holiday, closure or absence)");
            return new ExceptionSubject(Optional.empty());
        }
        Optional<Location> location = Optional.empty();
        switch (d.kind()) {
            case HOLIDAY -> {
                forbidden(rules, "practitionerId", d.practitionerId() != null, "a holiday");
                forbidden(rules, "locationId", d.locationId() != null, "a holiday");
            }
            case CLOSURE -> {
                forbidden(rules, "practitionerId", d.practitionerId() != null, "a closure");
                location = d.locationId() == null ? Optional.empty() : practice.location(d.locationId());
                required(rules, "locationId", d.locationId() != null, location.isPresent(), "location");
            }
            case ABSENCE -> {
                forbidden(rules, "locationId", d.locationId() != null, "an absence");
                boolean found = d.practitionerId() != null
                        && practice.practitioner(d.practitionerId()).isPresent();
                required(rules, "practitionerId", d.practitionerId() != null, found, "practitioner");
            }
        }
        return new ExceptionSubject(location);
    }

    ZoneId zone(ZoneId clinicZone) {
        return location.map(Location::zone).orElse(clinicZone);
    }

    private static void forbidden(FieldRules rules, String field, boolean given, String what) {
        if (given) {
            rules.add(field, "must be absent for " + what);
        }
    }

    private static void required(FieldRules rules, String field, boolean given, boolean found, String what) {
        if (!given) {
            rules.add(field, "is required for this kind");
        } else if (!found) {
            rules.add(field, "names no " + what + " of this clinic");
        }
    }
}
