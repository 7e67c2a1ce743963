package org.tangier.matching.name;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates nationality codes: ISO 3166 alpha-2 only, so that "MA" and "Morocco" never silently differ. */
final class Countries {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {}

    static List<String> validated(List<String> codes) {
        if (codes == null) return List.of();
        for (String code : codes) {
            if (code == null || !ISO.contains(code)) {
                throw new IllegalArgumentException("nationality must be an ISO 3166 alpha-2 code in upper case, got \"" + code + "\"");
            }
        }
        return List.copyOf(codes);
    }
}
