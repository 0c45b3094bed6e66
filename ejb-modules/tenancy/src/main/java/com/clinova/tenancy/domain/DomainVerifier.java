package com.clinova.tenancy.domain;

import java.util.List;

/** Looks up the TXT records published at a DNS name. */
public interface DomainVerifier {

    /**
     * The texts of the TXT records at {@code name}; empty when there are none (or no such name).
     *
     * @throws DnsLookupFailedException when the resolver could not answer (timeout, server failure)
     */
    List<String> txtRecords(String name);

    /** The resolver could not say whether a record exists. */
    class DnsLookupFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DnsLookupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
