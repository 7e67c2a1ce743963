package org.tangier.matching.identifier;

/** E-mail addresses: trimmed, {@code mailto:} dropped, local part kept as typed, domain as {@link DomainNames}. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("an e-mail address is required");
        }
        String s = raw.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        }
        int at = s.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidIdentifierException("'" + s + "' is not an e-mail address: it has no @");
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.isEmpty()) {
            throw new InvalidIdentifierException("'" + s + "' is not an e-mail address: nothing before the @");
        }
        if (local.length() > 64) {
            throw new InvalidIdentifierException("the part of an e-mail address before the @ has at most 64 characters, " + local.length() + " found");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c <= ' ' || c == '@' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\' || c == 0x7f) {
                throw new InvalidIdentifierException("'" + s + "' is not an e-mail address: '" + c + "' before the @");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidIdentifierException("'" + s + "' is not an e-mail address: misplaced dot before the @");
        }
        String normalisedDomain;
        try {
            normalisedDomain = DomainNames.normalise(domain);
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException("'" + s + "' is not an e-mail address: after the @, " + e.getMessage());
        }
        return local + "@" + normalisedDomain;
    }
}
