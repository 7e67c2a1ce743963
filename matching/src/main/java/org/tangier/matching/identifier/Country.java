package org.tangier.matching.identifier;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuing or registration country, held as the three-letter code ICAO Doc 9303 uses in the MRZ: the ISO 3166
 * alpha-3 code, or one of the codes Doc 9303 adds for bodies that issue documents without being states (UNO,
 * XXA...). Three letters, because the MRZ has them and alpha-2 has no code for those bodies; given alpha-2 input
 * ({@code MA}), the MRZ form ({@code D<<}) or lower case, the same country comes out.
 */
public record Country(String alpha3) {

    private static final Map<String, String> ALPHA2_TO_3 = new HashMap<>();
    private static final Map<String, String> ALPHA3_TO_2 = new HashMap<>();
    private static final Map<String, String> NOT_ISO = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3 = Locale.of("", alpha2).getISO3Country();
            ALPHA2_TO_3.put(alpha2, alpha3);
            ALPHA3_TO_2.put(alpha3, alpha2);
        }
        // Doc 9303 part 3: codes for organisations, the stateless and refugees, British nationals, and the
        // specimen state Utopia; plus Kosovo, which ICAO codes RKS and many systems write XK.
        String[][] extra = {
            {"EUE", "European Union"}, {"UNO", "United Nations Organization"}, {"UNA", "United Nations specialized agency"},
            {"UNK", "United Nations Interim Administration Mission in Kosovo"}, {"XBA", "African Development Bank"},
            {"XIM", "African Export-Import Bank"}, {"XCC", "Caribbean Community"}, {"XCE", "Council of Europe"},
            {"XCO", "Common Market for Eastern and Southern Africa"}, {"XEC", "Economic Community of West African States"},
            {"XPO", "INTERPOL"}, {"XES", "Organisation of Eastern Caribbean States"}, {"XMP", "Parliamentary Assembly of the Mediterranean"},
            {"XOM", "Sovereign Military Order of Malta"}, {"XDC", "Southern African Development Community"},
            {"XXA", "stateless person"}, {"XXB", "refugee (1951 Convention)"}, {"XXC", "refugee (other)"},
            {"XXX", "unspecified nationality"}, {"UTO", "Utopia (Doc 9303 specimens)"},
            {"GBD", "British Overseas Territories Citizen"}, {"GBN", "British National (Overseas)"},
            {"GBO", "British Overseas Citizen"}, {"GBP", "British Protected Person"}, {"GBS", "British Subject"},
            {"RKS", "Kosovo"},
        };
        for (String[] code : extra) {
            NOT_ISO.put(code[0], code[1]);
        }
    }

    public Country {
        Objects.requireNonNull(alpha3, "alpha3");
        if (!ALPHA3_TO_2.containsKey(alpha3) && !NOT_ISO.containsKey(alpha3)) {
            throw new InvalidIdentifierException("'" + alpha3 + "' is not an ISO 3166 alpha-3 or ICAO Doc 9303 country code");
        }
    }

    /** Accepts {@code MAR}, {@code ma}, {@code D}, {@code D<<}, {@code XK}; throws naming the input otherwise. */
    public static Country of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidIdentifierException("a country code is required");
        }
        String c = code.strip().toUpperCase(Locale.ROOT).replace("<", "");
        return switch (c.length()) {
            // Germany is the one state whose MRZ code is a single letter.
            case 1 -> c.equals("D") ? new Country("DEU") : unknown(code);
            case 2 -> {
                if (c.equals("XK")) {
                    yield new Country("RKS");
                }
                String alpha3 = ALPHA2_TO_3.get(c);
                yield alpha3 != null ? new Country(alpha3) : unknown(code);
            }
            case 3 -> ALPHA3_TO_2.containsKey(c) || NOT_ISO.containsKey(c) ? new Country(c) : unknown(code);
            default -> unknown(code);
        };
    }

    private static Country unknown(String code) {
        throw new InvalidIdentifierException("'" + code.strip() + "' is not an ISO 3166 country code (MA, MAR) or an ICAO code (D, UNO, XXA)");
    }

    /** The ISO 3166 alpha-2 code, absent for the codes Doc 9303 adds. */
    public Optional<String> alpha2() {
        return Optional.ofNullable(ALPHA3_TO_2.get(alpha3));
    }

    @Override
    public String toString() {
        return alpha3;
    }
}
