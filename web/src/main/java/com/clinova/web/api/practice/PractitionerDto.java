package com.clinova.web.api.practice;

import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.Versioned;

/** A practitioner as the API shows it; {@code userId} is the linked staff account, if any. */
public record PractitionerDto(
        String id, String displayName, String specialty, String colour, String userId, boolean active, long version) {

    static PractitionerDto of(Versioned<PractitionerView> versioned) {
        PractitionerView v = versioned.value();
        return new PractitionerDto(
                v.id().toString(),
                v.displayName(),
                v.specialty(),
                v.colour(),
                v.userId() == null ? null : v.userId().toString(),
                v.active(),
                versioned.version());
    }
}
