package org.tangier.records.internal;

import java.util.Locale;
import java.util.Set;
import org.tangier.platform.ProblemException;

/** ISO 3166 alpha-2 country codes, as the JDK knows them. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    static String require(String value, String field) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw ProblemException.invalid(field, "records.not-iso-3166-alpha-2", value);
        }
        return code;
    }

    static String optional(String value, String field) {
        return value == null || value.isBlank() ? null : require(value, field);
    }
}
