package com.clinova.web.origin;

import java.net.InetAddress;

/** An address or a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 192.0.2.10}). */
record AddressRange(byte[] network, int prefixLength) {

    /** @throws IllegalArgumentException for anything but an IP literal with an optional prefix length */
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", -1);
        InetAddress address = IpAddress.parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + text));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                prefix = -1;
            }
        }
        if (parts.length > 2 || prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
        }
        return new AddressRange(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
