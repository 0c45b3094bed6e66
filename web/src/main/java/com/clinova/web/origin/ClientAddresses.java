package com.clinova.web.origin;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Decides a request's client address. The socket peer is the client unless it is one of the
 * configured trusted proxies; then the {@code X-Forwarded-For} entries are read from the right
 * (the hop nearest to us, which our proxy wrote) towards the left, and the first address that is
 * not itself a trusted proxy is the client. Entries further left were written by the client or by
 * proxies we do not know, so they are never believed; a malformed entry stops the walk at the last
 * address we could trust. With no trusted proxies configured the header is ignored entirely.
 */
final class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    private ClientAddresses(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * @param trustedProxies comma-separated IP addresses and CIDR blocks; blank for none
     * @throws IllegalArgumentException naming an entry that is neither
     */
    static ClientAddresses trusting(String trustedProxies) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(AddressRange.parse(entry));
            }
        }
        return new ClientAddresses(ranges);
    }

    /** The client's address in canonical text form; empty when the peer is not an IP address. */
    Optional<String> clientOf(String peer, List<String> forwardedForHeaders) {
        Optional<InetAddress> current = IpAddress.parse(peer);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<String> hops = new ArrayList<>();
        forwardedForHeaders.forEach(h -> Collections.addAll(hops, h.split(",")));
        InetAddress client = current.get();
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            Optional<InetAddress> previous = IpAddress.parse(hops.get(i));
            if (previous.isEmpty()) {
                break;
            }
            client = previous.get();
        }
        return Optional.of(client.getHostAddress());
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
