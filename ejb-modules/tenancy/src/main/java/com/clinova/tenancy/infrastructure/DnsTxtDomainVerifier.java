package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.DomainVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * TXT lookups with dnsjava, without any cache (a just-published record must be seen on the next
 * try, on any node). {@code clinova.domains.dns-server} ({@code host:port}) names the resolver to
 * ask; empty means the machine's own resolvers. Tests point it at a DNS server they run.
 */
@ApplicationScoped
public class DnsTxtDomainVerifier implements DomainVerifier {

    @Inject
    @ConfigProperty(name = "clinova.domains.dns-server", defaultValue = " ")
    String dnsServer;

    @Inject
    @ConfigProperty(name = "clinova.domains.dns-timeout", defaultValue = "PT3S")
    Duration timeout;

    @Override
    public List<String> txtRecords(String name) {
        try {
            Lookup lookup = new Lookup(Name.fromString(name.endsWith(".") ? name : name + "."), Type.TXT);
            lookup.setResolver(resolver());
            lookup.setCache(null); // a throw-away cache per lookup: nothing outlives it
            Record[] records = lookup.run();
            int result = lookup.getResult();
            if (result == Lookup.TRY_AGAIN || result == Lookup.UNRECOVERABLE) {
                throw new DnsLookupFailedException(
                        "DNS lookup of " + name + " failed: " + lookup.getErrorString(), null);
            }
            List<String> texts = new ArrayList<>();
            if (records != null) {
                for (Record record : records) {
                    if (record instanceof TXTRecord txt) {
                        texts.add(String.join("", txt.getStrings()));
                    }
                }
            }
            return texts;
        } catch (TextParseException | UnknownHostException e) {
            throw new DnsLookupFailedException("DNS lookup of " + name + " failed: " + e.getMessage(), e);
        }
    }

    private Resolver resolver() throws UnknownHostException {
        String server = dnsServer == null ? "" : dnsServer.strip();
        SimpleResolver resolver;
        if (server.isEmpty()) {
            resolver = new SimpleResolver();
        } else {
            int colon = server.lastIndexOf(':');
            String host = colon > 0 ? server.substring(0, colon) : server;
            int port = colon > 0 ? Integer.parseInt(server.substring(colon + 1)) : 53;
            resolver = new SimpleResolver(new InetSocketAddress(host, port));
        }
        resolver.setTimeout(timeout);
        return resolver;
    }
}
