package com.clinova.audit.api;

import java.util.Optional;

/**
 * The result of walking a clinic's chain: how many rows were checked, the first sequence number
 * that is not intact (changed, relinked or missing; empty when the chain is intact), and the head
 * the database holds — worth writing down elsewhere, since a chain rewritten in full from some
 * row on, head included, is only detectable against an outside copy of the head hash.
 */
public record ChainVerification(
        long rowsChecked, Optional<Long> firstBrokenSequence, long headSequence, String headHash) {

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }
}
