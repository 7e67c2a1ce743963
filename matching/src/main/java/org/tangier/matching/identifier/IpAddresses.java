package org.tangier.matching.identifier;

/**
 * IP addresses in canonical text: IPv4 dotted decimal; IPv6 as RFC 5952 writes it (lower case, no leading zeros,
 * the longest run of two or more zero groups as {@code ::}). An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d})
 * is the IPv4 host it maps, so it becomes that IPv4 address. Parsed here, never by {@code InetAddress}, which
 * would resolve a host name over DNS.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("an IP address is required");
        }
        String s = raw.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.indexOf(':') < 0) {
            return format4(parse4(s, raw));
        }
        if (s.indexOf('%') >= 0) {
            throw invalid(raw, "a zone (%...) belongs to one machine's interface, not to an address");
        }
        int[] groups = parse6(s, raw);
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0 && groups[5] == 0xffff) {
            return (groups[6] >>> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >>> 8) + "." + (groups[7] & 0xff);
        }
        return format6(groups);
    }

    private static int[] parse4(String s, String raw) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw invalid(raw, "an IPv4 address has four numbers separated by dots");
        }
        int[] bytes = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(raw, "'" + p + "' is not a number from 0 to 255");
            }
            if (p.length() > 1 && p.charAt(0) == '0') {
                // Some software reads a leading zero as octal: 010 would be 8 there and 10 here.
                throw invalid(raw, "'" + p + "' has a leading zero, which some software reads as octal");
            }
            bytes[i] = Integer.parseInt(p);
            if (bytes[i] > 255) {
                throw invalid(raw, p + " is more than 255");
            }
        }
        return bytes;
    }

    private static String format4(int[] b) {
        return b[0] + "." + b[1] + "." + b[2] + "." + b[3];
    }

    private static int[] parse6(String s, String raw) {
        int[] groups = new int[8];
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            throw invalid(raw, ":: may appear only once");
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] front = groups6(head, raw, gap < 0);
        int[] back = groups6(tail, raw, true);
        int total = front.length + back.length;
        if (gap < 0 && total != 8) {
            throw invalid(raw, "an IPv6 address has eight groups, or :: for missing zero groups");
        }
        if (gap >= 0 && total > 7) {
            throw invalid(raw, "too many groups around ::");
        }
        System.arraycopy(front, 0, groups, 0, front.length);
        System.arraycopy(back, 0, groups, 8 - back.length, back.length);
        return groups;
    }

    /** Hex groups separated by ':', the last of which may be an embedded IPv4 address (two groups). */
    private static int[] groups6(String part, String raw, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] fields = part.split(":", -1);
        boolean ipv4 = mayEndInIpv4 && fields[fields.length - 1].indexOf('.') >= 0;
        int[] groups = new int[fields.length + (ipv4 ? 1 : 0)];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (ipv4 && i == fields.length - 1) {
                int[] b = parse4(f, raw);
                groups[i] = b[0] << 8 | b[1];
                groups[i + 1] = b[2] << 8 | b[3];
                break;
            }
            if (f.isEmpty() || f.length() > 4) {
                throw invalid(raw, "'" + f + "' is not a group of 1 to 4 hex digits");
            }
            int value = 0;
            for (int k = 0; k < f.length(); k++) {
                char c = f.charAt(k);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    throw invalid(raw, "'" + f + "' is not a group of 1 to 4 hex digits");
                }
                value = value << 4 | d;
            }
            groups[i] = value;
        }
        return groups;
    }

    private static String format6(int[] g) {
        // RFC 5952: compress the longest run of at least two zero groups, the first such run on a tie.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLength - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }

    private static InvalidIdentifierException invalid(String raw, String why) {
        return new InvalidIdentifierException("'" + raw.strip() + "' is not an IP address: " + why);
    }
}
