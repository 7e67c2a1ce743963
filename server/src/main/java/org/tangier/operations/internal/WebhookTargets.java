package org.tangier.operations.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Which addresses a webhook may reach. A receiver on a loopback, private (RFC 1918, 100.64/10, fc00::/7), link-local,
 * unspecified, multicast or otherwise reserved address would let an agency admin reach the server's own network
 * through Tangier; such addresses are refused unless {@code tangier.webhooks.allowed-hosts} names the host or range
 * ({@code allow-private} allows them all). The rule is applied to the URL when it is registered and, as the
 * {@link DnsResolver} of the delivery client, to every address a host name resolves to when the connection is made,
 * so a name that resolves elsewhere later (DNS rebinding) is refused too.
 */
final class WebhookTargets implements DnsResolver {

    private final boolean allowPrivate;
    private final List<String> hosts = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();

    WebhookTargets(WebhookSettings settings) {
        this.allowPrivate = settings.allowPrivate();
        for (String entry : settings.allowedHosts()) {
            String value = entry.trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            Range range = Range.parse(value);
            if (range != null) {
                ranges.add(range);
            } else {
                hosts.add(value);
            }
        }
    }

    /** Refused when delivering: never a detail of the network, only that the rule refused it. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String host) {
            super(host + ": not an address webhooks may reach");
        }
    }

    /** The addresses of {@code host}, each allowed; throws {@link RefusedAddressException} if any is not. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            if (!allows(host, address)) {
                throw new RefusedAddressException(host);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    boolean allows(String host, InetAddress address) {
        if (allowPrivate || isPublic(address)) {
            return true;
        }
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return hosts.contains(name) || ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** Public unicast: not loopback, private, shared, link-local, unspecified, multicast, documentation or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isPublic(embedded);
            }
            int first = b[0] & 0xff;
            return (first & 0xfe) != 0xfc // fc00::/7 unique local
                    && !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) // 2001:db8::/32
                    && !allZero(b, 0, 15); // ::, ::1 handled above; ::/128 here too
        }
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return a != 0 // 0.0.0.0/8 "this network"
                && !(a == 100 && second >= 64 && second <= 127) // 100.64.0.0/10 shared address space
                && !(a == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                && !(a == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                && !(a == 192 && second == 0 && (b[2] & 0xff) == 2) // documentation ranges
                && !(a == 198 && second == 51 && (b[2] & 0xff) == 100)
                && !(a == 203 && second == 0 && (b[2] & 0xff) == 113)
                && a < 240; // 240.0.0.0/4 reserved, 255.255.255.255 broadcast
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 one. */
    private static InetAddress embeddedIpv4(byte[] b) {
        try {
            if (allZero(b, 0, 9) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || (allZero(b, 10, 11) && !allZero(b, 12, 14)))) {
                return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 11)) {
                return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return Inet4Address.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** An address or CIDR range from the allow-list; null if the entry is a host name. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String address = entry;
            int prefix = -1;
            int slash = entry.indexOf('/');
            if (slash > 0) {
                address = entry.substring(0, slash);
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("tangier.webhooks.allowed-hosts: '" + entry + "' is not a CIDR range");
                }
            }
            if (address.startsWith("[") && address.endsWith("]")) {
                address = address.substring(1, address.length() - 1);
            }
            if (!address.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
                if (slash > 0) {
                    throw new IllegalStateException("tangier.webhooks.allowed-hosts: '" + entry + "' is not a CIDR range");
                }
                return null;
            }
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                return new Range(bytes, prefix < 0 ? bytes.length * 8 : prefix);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("tangier.webhooks.allowed-hosts: '" + entry + "' is not an address");
            }
        }

        boolean contains(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((b[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
