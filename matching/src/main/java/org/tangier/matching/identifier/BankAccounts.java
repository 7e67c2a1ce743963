package org.tangier.matching.identifier;

import java.util.HashMap;
import java.util.Map;

/**
 * Bank accounts: an IBAN (ISO 13616) is checked against its country's length and the mod-97 check digits;
 * anything else is taken as a national account number and only reduced to its letters and digits.
 */
final class BankAccounts {

    private BankAccounts() {
    }

    /** IBAN length by country, from the ISO 13616 registry. */
    private static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
                + "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 "
                + "IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 "
                + "MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 "
                + "SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        for (String entry : table.split(" ")) {
            LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
    }

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a bank account is required");
        }
        String s = Text.compact(raw);
        if (s.startsWith("IBAN")) {
            s = s.substring(4);
        }
        String foreign = Text.firstForeign(s, "a bank account");
        if (foreign != null) {
            throw new InvalidIdentifierException(foreign);
        }
        if (looksLikeIban(s)) {
            return iban(s);
        }
        if (s.length() < 4 || s.length() > 34) {
            throw new InvalidIdentifierException("a bank account number has 4 to 34 letters and digits, " + s.length() + " found");
        }
        return s;
    }

    private static boolean looksLikeIban(String s) {
        return s.length() >= 4 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))
                && Character.isDigit(s.charAt(2)) && Character.isDigit(s.charAt(3));
    }

    static String iban(String s) {
        String country = s.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length != null && s.length() != length) {
            throw new InvalidIdentifierException("an IBAN of " + country + " has " + length + " characters, " + s.length() + " found");
        }
        if (length == null && (s.length() < 15 || s.length() > 34)) {
            throw new InvalidIdentifierException("an IBAN has 15 to 34 characters, " + s.length() + " found");
        }
        int remainder = mod97(s.substring(4) + s.substring(0, 4));
        if (remainder != 1) {
            throw new InvalidIdentifierException("the IBAN's check digits " + s.substring(2, 4)
                    + " do not match the rest (ISO 13616 mod-97): a character is mistyped");
        }
        return s;
    }

    /** The number the characters spell (letters as 10-35) modulo 97, a few digits at a time. */
    static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c <= '9' ? c - '0' : c - 'A' + 10;
            r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
        }
        return r;
    }
}
