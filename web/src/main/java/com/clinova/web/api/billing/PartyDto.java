package com.clinova.web.api.billing;

import com.clinova.billing.api.PartyDetails;

/** Who an invoice is from or to, as frozen on it when it was issued. */
public record PartyDto(String name, String taxId, String address) {

    static PartyDto of(PartyDetails party) {
        return party == null ? null : new PartyDto(party.name(), party.taxId(), party.address());
    }
}
