package org.tangier.matching.identifier;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/** Domain names: IDN to punycode (java.net.IDN, IDNA 2003), lower case, no trailing dot, at least two labels. */
final class DomainNames {

    private DomainNames() {
    }

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a domain is required");
        }
        String s = raw.strip();
        // People paste URLs; the host is the indicator.
        if (s.contains("://")) {
            try {
                String host = URI.create(s).getHost();
                if (host == null) {
                    host = s.substring(s.indexOf("://") + 3).split("[/?#:]", 2)[0];
                }
                s = host;
            } catch (IllegalArgumentException e) {
                s = s.substring(s.indexOf("://") + 3).split("[/?#:]", 2)[0];
            }
        }
        // Ideographic and full-width full stops separate labels too.
        s = s.replace('\u3002', '.').replace('\uff0e', '.').replace('\uff61', '.');
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(s, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a domain name: " + e.getMessage());
        }
        if (ascii.length() > 253) {
            throw new InvalidIdentifierException("a domain name has at most 253 characters, " + ascii.length() + " found");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a domain name: it needs at least two labels, like example.org");
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidIdentifierException("'" + raw.strip() + "' is not a domain name: it has an empty label");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a domain name: its top-level label is a number (an IP address?)");
        }
        return ascii;
    }
}
