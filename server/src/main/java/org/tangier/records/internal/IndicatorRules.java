package org.tangier.records.internal;

import java.math.BigInteger;
import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import org.tangier.platform.ProblemException;

/** Validates and normalises an indicator by kind, so that one selector written two ways is one key. */
class IndicatorRules {

    static final Set<String> KINDS = Set.of("phone", "email", "crypto-wallet", "domain", "ip-address", "bank-account");

    record Normalised(String kind, String value, String chain) {
    }

    Normalised normalise(String kind, String value, String chain) {
        String k = RecordRules.oneOf(kind, KINDS, "kind");
        String v = RecordRules.required(value, "value", 200);
        return switch (k) {
            case "phone" -> new Normalised(k, phone(v), null);
            case "email" -> new Normalised(k, email(v), null);
            case "crypto-wallet" -> wallet(v, chain);
            case "domain" -> new Normalised(k, domain(v, "value"), null);
            case "ip-address" -> new Normalised(k, ip(v), null);
            default -> new Normalised(k, bankAccount(v), null);
        };
    }

    /** E.164: +, country code and subscriber number, 8 to 15 digits; 00 is read as +. */
    private static String phone(String v) {
        String digits = v.replaceAll("[\\s().-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (!digits.matches("\\+[1-9]\\d{7,14}")) {
            throw ProblemException.invalidField("value", "a phone number in international form, e.g. +212612345678");
        }
        return digits;
    }

    private static String email(String v) {
        int at = v.lastIndexOf('@');
        if (at < 1 || at == v.length() - 1 || v.contains(" ")) {
            throw ProblemException.invalidField("value", "an e-mail address such as name@example.org");
        }
        return v.substring(0, at) + "@" + domain(v.substring(at + 1), "value");
    }

    private static String domain(String v, String field) {
        String d = v.trim().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        try {
            d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + v + "' is not a domain name");
        }
        if (!d.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}")) {
            throw ProblemException.invalidField(field, "'" + v + "' is not a domain name");
        }
        return d;
    }

    private static String ip(String v) {
        String s = v.trim();
        if (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            for (String part : s.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    throw ProblemException.invalidField("value", "'" + v + "' is not an IPv4 address");
                }
            }
            return s.replaceAll("\\b0+(\\d)", "$1");
        }
        if (s.contains(":") && s.matches("[0-9A-Fa-f:.]+")) {
            try {
                return java.net.InetAddress.getByName(s).getHostAddress().toLowerCase(Locale.ROOT);
            } catch (java.net.UnknownHostException e) {
                throw ProblemException.invalidField("value", "'" + v + "' is not an IP address");
            }
        }
        throw ProblemException.invalidField("value", "'" + v + "' is not an IP address");
    }

    private static Normalised wallet(String v, String chain) {
        String c = RecordRules.required(chain, "chain", 10).toUpperCase(Locale.ROOT);
        String w = v.trim();
        switch (c) {
            case "ETH", "BSC", "POLYGON" -> {
                if (!w.matches("0[xX][0-9a-fA-F]{40}")) {
                    throw ProblemException.invalidField("value", "an " + c + " address is 0x and 40 hexadecimal digits");
                }
                w = w.toLowerCase(Locale.ROOT);
            }
            case "BTC" -> {
                if (!w.matches("(bc1|BC1)[a-zA-HJ-NP-Z0-9]{20,80}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}")) {
                    throw ProblemException.invalidField("value", "not a Bitcoin address (1..., 3... or bc1...)");
                }
                if (w.toLowerCase(Locale.ROOT).startsWith("bc1")) {
                    w = w.toLowerCase(Locale.ROOT);
                }
            }
            case "TRX" -> {
                if (!w.matches("T[a-km-zA-HJ-NP-Z1-9]{33}")) {
                    throw ProblemException.invalidField("value", "a Tron address is T and 33 base58 characters");
                }
            }
            default -> {
                if (!w.matches("[A-Za-z0-9:_-]{16,120}")) {
                    throw ProblemException.invalidField("value", "not a wallet address");
                }
            }
        }
        return new Normalised("crypto-wallet", w, c);
    }

    /** IBANs are checked with ISO 13616 mod 97; other account numbers are kept as digits and letters. */
    private static String bankAccount(String v) {
        String s = v.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            String rearranged = s.substring(4) + s.substring(0, 4);
            StringBuilder digits = new StringBuilder();
            for (char ch : rearranged.toCharArray()) {
                digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
            }
            if (!new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).equals(BigInteger.ONE)) {
                throw ProblemException.invalidField("value", "the IBAN's check digits do not match (mod 97)");
            }
            return s;
        }
        if (!s.matches("[A-Z0-9]{6,34}")) {
            throw ProblemException.invalidField("value", "an IBAN or an account number of 6 to 34 letters and digits");
        }
        return s;
    }
}
