package com.clinova.web.api.audit;

import com.clinova.audit.api.ChainVerification;

/**
 * The verdict on the clinic's chain: {@code intact}, how many rows were checked, the first broken
 * sequence number (null when intact) and the head (its hash is worth keeping outside Clinova).
 */
public record ChainVerificationDto(
        boolean intact, long rowsChecked, Long firstBrokenSequence, long headSequence, String headHash) {

    static ChainVerificationDto of(ChainVerification verification) {
        return new ChainVerificationDto(
                verification.intact(),
                verification.rowsChecked(),
                verification.firstBrokenSequence().orElse(null),
                verification.headSequence(),
                verification.headHash());
    }
}
