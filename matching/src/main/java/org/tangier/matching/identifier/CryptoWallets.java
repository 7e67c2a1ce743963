package org.tangier.matching.identifier;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Crypto-currency wallet addresses by chain. Bitcoin, Litecoin and Tron addresses carry checksums (Base58Check,
 * bech32/bech32m) and are verified, which catches a mistyped character; Ethereum-style addresses are 0x and 40
 * hex digits, put in lower case (their mixed-case checksum needs Keccak, which the JDK lacks); other chains are
 * checked for a plausible shape only.
 */
final class CryptoWallets {

    private CryptoWallets() {
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("BITCOIN", "BTC"), Map.entry("XBT", "BTC"), Map.entry("ETHEREUM", "ETH"), Map.entry("ETHER", "ETH"),
            Map.entry("LITECOIN", "LTC"), Map.entry("TRON", "TRX"), Map.entry("MONERO", "XMR"), Map.entry("RIPPLE", "XRP"),
            Map.entry("SOLANA", "SOL"), Map.entry("DOGECOIN", "DOGE"), Map.entry("BITCOINCASH", "BCH"));
    /** Chains whose addresses are Ethereum's: 0x and 20 bytes in hex. */
    private static final Set<String> EVM = Set.of("ETH", "ETC", "BSC", "BNB", "MATIC", "POL", "ARB", "OP", "BASE", "AVAX");
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    static String chain(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a wallet's chain is required (BTC, ETH, TRX...)");
        }
        String c = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        c = NAMES.getOrDefault(c, c);
        if (!c.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidIdentifierException("'" + raw.strip() + "' is not a chain: give its ticker, like BTC or ETH");
        }
        return c;
    }

    static String normalise(String chain, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a wallet address is required");
        }
        String a = withoutUri(raw.strip());
        return switch (chain) {
            case "BTC" -> bech32OrBase58(a, "bc", Set.of(0x00, 0x05), "Bitcoin", "1, 3 or bc1");
            case "LTC" -> bech32OrBase58(a, "ltc", Set.of(0x30, 0x32, 0x05), "Litecoin", "L, M, 3 or ltc1");
            case "TRX" -> {
                base58Check(a, Set.of(0x41), "Tron", "T");
                yield a;
            }
            default -> EVM.contains(chain) ? evm(a, chain) : shape(a, chain);
        };
    }

    private static String withoutUri(String a) {
        int colon = a.indexOf(':');
        if (colon > 0 && a.substring(0, colon).matches("(?i)bitcoin|litecoin|ethereum|tron")) {
            a = a.substring(colon + 1).split("[?@/]", 2)[0];
        }
        return a;
    }

    private static String evm(String a, String chain) {
        String hex = a.startsWith("0x") || a.startsWith("0X") ? a.substring(2) : a;
        if (hex.length() != 40 || !hex.matches("[0-9a-fA-F]{40}")) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + chain + " address: it is 0x and 40 hex digits");
        }
        return "0x" + hex.toLowerCase(Locale.ROOT);
    }

    private static String shape(String a, String chain) {
        if (a.length() < 20 || a.length() > 128 || !a.matches("[A-Za-z0-9:]+")) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + chain
                    + " address: expected 20 to 128 letters and digits");
        }
        return a;
    }

    private static String bech32OrBase58(String a, String hrp, Set<Integer> versions, String name, String starts) {
        if (a.regionMatches(true, 0, hrp + "1", 0, hrp.length() + 1)) {
            return bech32(a, hrp, name);
        }
        base58Check(a, versions, name, starts);
        return a;
    }

    private static String bech32(String a, String hrp, String name) {
        if (!a.equals(a.toLowerCase(Locale.ROOT)) && !a.equals(a.toUpperCase(Locale.ROOT))) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: bech32 is all lower or all upper case");
        }
        String s = a.toLowerCase(Locale.ROOT);
        if (s.length() < 14 || s.length() > 90) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: wrong length " + s.length());
        }
        String data = s.substring(hrp.length() + 1);
        int[] values = new int[data.length()];
        for (int i = 0; i < data.length(); i++) {
            values[i] = BECH32.indexOf(data.charAt(i));
            if (values[i] < 0) {
                throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: '" + data.charAt(i)
                        + "' is not a bech32 character");
            }
        }
        int check = polymod(hrp, values);
        if (check != BECH32_CONST && check != BECH32M_CONST) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: its bech32 checksum fails (a character is mistyped)");
        }
        return s;
    }

    private static int polymod(String hrp, int[] data) {
        int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        int[] expanded = new int[hrp.length() * 2 + 1 + data.length];
        int n = 0;
        for (int i = 0; i < hrp.length(); i++) {
            expanded[n++] = hrp.charAt(i) >> 5;
        }
        expanded[n++] = 0;
        for (int i = 0; i < hrp.length(); i++) {
            expanded[n++] = hrp.charAt(i) & 31;
        }
        System.arraycopy(data, 0, expanded, n, data.length);
        for (int v : expanded) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= generator[i];
                }
            }
        }
        return chk;
    }

    /** Verifies a Base58Check address of 25 bytes: a version byte, 20 bytes of hash, 4 of double SHA-256. */
    private static void base58Check(String a, Set<Integer> versions, String name, String starts) {
        if (a.length() < 25 || a.length() > 35) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: it starts with " + starts
                    + " and has 26 to 35 characters (or 42 to 62 for bech32)");
        }
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        for (int i = 0; i < a.length(); i++) {
            int digit = BASE58.indexOf(a.charAt(i));
            if (digit < 0) {
                throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: '" + a.charAt(i)
                        + "' is not a base58 character (0, O, I and l are not used)");
            }
            if (digit == 0 && value.signum() == 0) {
                leadingZeros++;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, leadingZeros, magnitude.length - skip);
        if (value.signum() == 0) {
            bytes = new byte[leadingZeros];
        }
        if (bytes.length != 25 || !versions.contains(bytes[0] & 0xff)) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: it starts with " + starts);
        }
        byte[] hash = sha256(sha256(Arrays.copyOf(bytes, 21)));
        if (!Arrays.equals(hash, 0, 4, bytes, 21, 25)) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + name + " address: its checksum fails (a character is mistyped)");
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
