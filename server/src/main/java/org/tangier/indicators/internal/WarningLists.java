package org.tangier.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MISP warning lists: values common enough that an indicator holding them would hit on everyone (private and
 * loopback ranges, public resolvers, large providers' domains). Read from {@code classpath:indicators/warninglists}
 * in MISP's warning-list JSON ({@code name, type: cidr|string|hostname|substring, matching_attributes, list}); an
 * IP list applies to IP indicators, a domain list to domain indicators, never to e-mail addresses or wallets.
 */
@Component
class WarningLists {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<WarningList> lists;

    WarningLists() {
        this(load());
    }

    WarningLists(List<WarningList> lists) {
        this.lists = List.copyOf(lists);
    }

    /** The name of the first list holding {@code value} for an indicator of {@code kind}, if any. */
    Optional<String> match(String kind, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (WarningList list : lists) {
            if (list.appliesTo(kind) && list.holds(value)) {
                return Optional.of(list.name());
            }
        }
        return Optional.empty();
    }

    List<String> names() {
        return lists.stream().map(WarningList::name).toList();
    }

    private static List<WarningList> load() {
        try {
            List<WarningList> out = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:indicators/warninglists/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    out.add(WarningList.read(JSON.readTree(in)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One MISP warning list. */
    record WarningList(String name, String type, List<String> attributes, List<String> entries) {

        static WarningList read(JsonNode root) {
            List<String> attributes = new ArrayList<>();
            root.path("matching_attributes").forEach(a -> attributes.add(a.asString()));
            List<String> entries = new ArrayList<>();
            root.path("list").forEach(e -> entries.add(e.asString().strip().toLowerCase(Locale.ROOT)));
            String type = root.path("type").asString("string");
            if (!List.of("cidr", "string", "hostname", "substring").contains(type)) {
                throw new IllegalArgumentException("warning list type " + type + " is not read (cidr, string, hostname, substring)");
            }
            return new WarningList(root.path("name").asString(), type, attributes, entries);
        }

        /** MISP names attribute types; Tangier's indicator kinds map onto them. */
        boolean appliesTo(String kind) {
            return switch (kind == null ? "" : kind) {
                case "ip-address" -> attributes.isEmpty() || attributes.stream().anyMatch(a -> a.startsWith("ip-"));
                case "domain" -> attributes.isEmpty() || attributes.stream().anyMatch(a -> a.startsWith("domain") || a.equals("hostname"));
                default -> false;
            };
        }

        boolean holds(String raw) {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "cidr" -> entries.stream().anyMatch(c -> inRange(value, c));
                case "hostname" -> entries.stream().anyMatch(h -> value.equals(h) || value.endsWith("." + h));
                case "substring" -> entries.stream().anyMatch(value::contains);
                default -> entries.contains(value);
            };
        }

        private static boolean inRange(String ip, String cidr) {
            int slash = cidr.indexOf('/');
            byte[] address = literal(ip);
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address == null || network == null || address.length != network.length) {
                return false;
            }
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            int shift = address.length * 8 - bits;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }

        /** The bytes of an IP literal; null for anything else (never a DNS lookup). */
        private static byte[] literal(String s) {
            boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean v6 = s.contains(":") && s.matches("[0-9a-f:.]+");
            if (!v4 && !v6) {
                return null;
            }
            try {
                return InetAddress.getByName(s).getAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
