package com.clinova.web.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses noProxies = ClientAddresses.trusting("");
    private final ClientAddresses behindBalancers = ClientAddresses.trusting(" 10.0.0.0/8, 192.0.2.10 ,fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals(Optional.of("198.51.100.4"), noProxies.clientOf("198.51.100.4", List.of("203.0.113.9")));
        assertEquals(Optional.of("127.0.0.1"), noProxies.clientOf("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals(Optional.of("198.51.100.4"), behindBalancers.clientOf("198.51.100.4", List.of("203.0.113.9")));
    }

    @Test
    void aTrustedProxysRightmostUntrustedHopIsTheClient() {
        // The client wrote "1.2.3.4" itself; our balancer appended the address it saw.
        assertEquals(
                Optional.of("203.0.113.9"),
                behindBalancers.clientOf("10.1.2.3", List.of("1.2.3.4, 203.0.113.9, 10.9.9.9")));
        assertEquals(
                Optional.of("203.0.113.9"), behindBalancers.clientOf("192.0.2.10", List.of("1.2.3.4", "203.0.113.9")));
    }

    @Test
    void aMalformedOrHostNameHopStopsTheWalk() {
        assertEquals(
                Optional.of("10.9.9.9"),
                behindBalancers.clientOf("10.1.2.3", List.of("203.0.113.9, attacker.example, 10.9.9.9")));
        assertEquals(Optional.of("10.1.2.3"), behindBalancers.clientOf("10.1.2.3", List.of("")));
        assertEquals(Optional.of("10.1.2.3"), behindBalancers.clientOf("10.1.2.3", List.of()));
    }

    @Test
    void ipv6AddressesAreCanonicalAndMatchTheirBlocks() {
        assertEquals(
                Optional.of("2001:db8:0:0:0:0:0:1"), behindBalancers.clientOf("fd00::5", List.of("[2001:db8::1]")));
        assertEquals(Optional.of("2001:db8:0:0:0:0:0:7"), behindBalancers.clientOf("2001:db8::7", List.of("10.1.1.1")));
    }

    @Test
    void aPeerThatIsNoAddressGivesNone() {
        assertEquals(Optional.empty(), noProxies.clientOf("localhost", List.of()));
        assertEquals(Optional.empty(), noProxies.clientOf(null, List.of()));
    }

    @Test
    void aBadTrustedProxyEntryFailsLoudly() {
        for (String bad : List.of("10.0.0.0/33", "proxy.example", "10.0.0.0/8/1", "10.0.0.0/x", "::1/129")) {
            assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting(bad), bad);
        }
    }

    @Test
    void rangesMatchByPrefix() {
        AddressRange block = AddressRange.parse("172.16.0.0/12");
        assertEquals(true, block.contains(IpAddress.parse("172.31.255.255").orElseThrow()));
        assertEquals(false, block.contains(IpAddress.parse("172.32.0.1").orElseThrow()));
        assertEquals(false, block.contains(IpAddress.parse("::1").orElseThrow()));
    }
}
