package com.clinova.billing.api;

import java.io.Serializable;

/**
 * Who an invoice is from or to, as printed on it: name, tax id (the patient's national id) and
 * address. Frozen on the invoice when it is issued; {@code taxId} and {@code address} may be null
 * for a patient.
 */
public record PartyDetails(String name, String taxId, String address) implements Serializable {}
