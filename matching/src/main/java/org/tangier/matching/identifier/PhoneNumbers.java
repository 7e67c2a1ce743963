package org.tangier.matching.identifier;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Phone numbers to E.164. International forms ({@code +...}, {@code 00...}) are read for any country; a national
 * form needs the country it is dialled in, to add its calling code and drop its trunk prefix. This is not a full
 * numbering-plan validator: per-country lengths are not checked, only E.164's 15-digit limit, a minimum that no
 * real subscriber number goes below, and that the calling code is assigned.
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    // ITU-T E.164 assigned country calling codes (two and three digits; 1 and 7 are the one-digit codes).
    private static final Set<String> ASSIGNED = Set.of(
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
            "86", "90", "91", "92", "93", "94", "95", "98",
            "211", "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227", "228", "229",
            "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241", "242", "243", "244",
            "245", "246", "247", "248", "249", "250", "251", "252", "253", "254", "255", "256", "257", "258", "260",
            "261", "262", "263", "264", "265", "266", "267", "268", "269", "290", "291", "297", "298", "299",
            "350", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370", "371", "372", "373", "374",
            "375", "376", "377", "378", "379", "380", "381", "382", "383", "385", "386", "387", "389", "420", "421",
            "423", "500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "590", "591", "592", "593",
            "594", "595", "596", "597", "598", "599", "670", "672", "673", "674", "675", "676", "677", "678", "679",
            "680", "681", "682", "683", "685", "686", "687", "688", "689", "690", "691", "692", "800", "808", "850",
            "852", "853", "855", "856", "870", "878", "880", "881", "882", "883", "886", "888", "960", "961", "962",
            "963", "964", "965", "966", "967", "968", "970", "971", "972", "973", "974", "975", "976", "977", "979",
            "992", "993", "994", "995", "996", "998");

    /** Calling code and trunk prefix by ISO alpha-2, for the countries whose national forms are accepted. */
    private static final Map<String, String[]> NATIONAL = new HashMap<>();

    static {
        // Trunk prefix "0" unless noted; "" where the leading digit belongs to the number (Italy) or there is none.
        String table = """
                MA 212 0|DZ 213 0|TN 216 0|LY 218 0|EG 20 0|SD 249 0|MR 222 |SN 221 |ML 223 |NE 227 |TD 235 |NG 234 0|
                GH 233 0|KE 254 0|ET 251 0|TZ 255 0|UG 256 0|RW 250 0|ZA 27 0|CI 225 |CM 237 |DJ 253 |SO 252 0|
                SA 966 0|AE 971 0|QA 974 |KW 965 |BH 973 |OM 968 |YE 967 0|JO 962 0|LB 961 0|SY 963 0|IQ 964 0|
                PS 970 0|IL 972 0|TR 90 0|IR 98 0|PK 92 0|AF 93 0|IN 91 0|BD 880 0|
                FR 33 0|DE 49 0|GB 44 0|IE 353 0|BE 32 0|NL 31 0|LU 352 |CH 41 0|AT 43 0|IT 39 |SM 378 |VA 39 |
                ES 34 |PT 351 |GR 30 |CY 357 |MT 356 |DK 45 |NO 47 |SE 46 0|FI 358 0|IS 354 |PL 48 |CZ 420 |
                SK 421 0|HU 36 06|RO 40 0|BG 359 0|HR 385 0|SI 386 0|RS 381 0|BA 387 0|ME 382 0|MK 389 0|AL 355 0|
                XK 383 0|UA 380 0|BY 375 8|RU 7 8|KZ 7 8|LT 370 8|LV 371 |EE 372 |MD 373 0|GE 995 0|AM 374 0|AZ 994 0|
                US 1 1|CA 1 1|MX 52 |BR 55 0|AR 54 0|CO 57 |CL 56 |PE 51 0|VE 58 0|
                CN 86 0|JP 81 0|KR 82 0|ID 62 0|MY 60 0|TH 66 0|VN 84 0|PH 63 0|SG 65 |AU 61 0|NZ 64 0""";
        for (String entry : table.replace("\n", "").split("\\|")) {
            String[] f = entry.strip().split(" ", -1);
            NATIONAL.put(f[0], new String[] {f[1], f.length > 2 ? f[2] : ""});
        }
    }

    static String normalise(String raw, String defaultCountry) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a phone number is required");
        }
        String s = raw.strip();
        if (s.regionMatches(true, 0, "tel:", 0, 4)) {
            s = s.substring(4);
        }
        s = Text.compact(s.replace("(0)", "").replace('(', ' ').replace(')', ' '));
        String digits;
        if (s.startsWith("+")) {
            digits = s.substring(1);
        } else if (s.startsWith("00")) {
            digits = s.substring(2);
        } else {
            digits = national(s, raw, defaultCountry);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new InvalidIdentifierException("'" + raw.strip() + "' is not a phone number: '"
                        + digits.charAt(i) + "' is not a digit");
            }
        }
        if (digits.length() > 15) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a phone number: "
                    + digits.length() + " digits with the country code, E.164 allows at most 15");
        }
        String code = callingCode(digits);
        if (code == null) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a phone number: +"
                    + digits.substring(0, Math.min(3, digits.length())) + " is not an assigned country calling code");
        }
        // The shortest subscriber numbers in use (small island states) have four digits after the code.
        if (digits.length() - code.length() < 4 || digits.length() < 7) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a phone number: too few digits after +" + code);
        }
        return "+" + digits;
    }

    private static String national(String s, String raw, String defaultCountry) {
        if (defaultCountry == null || defaultCountry.isBlank()) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' has no country code: write it as +... or 00...");
        }
        Country country = Country.of(defaultCountry);
        String alpha2 = country.alpha2().orElse(country.alpha3().equals("RKS") ? "XK" : "");
        String[] plan = NATIONAL.get(alpha2);
        if (plan == null) {
            throw new InvalidIdentifierException("national numbers of " + country.alpha3()
                    + " are not known here: write it as +... or 00...");
        }
        String trunk = plan[1];
        String number = !trunk.isEmpty() && s.startsWith(trunk) ? s.substring(trunk.length()) : s;
        return plan[0] + number;
    }

    private static String callingCode(String digits) {
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.charAt(0) == '1' || digits.charAt(0) == '7') {
            return digits.substring(0, 1);
        }
        for (int length = 2; length <= 3 && length <= digits.length(); length++) {
            if (ASSIGNED.contains(digits.substring(0, length))) {
                return digits.substring(0, length);
            }
        }
        return null;
    }
}
