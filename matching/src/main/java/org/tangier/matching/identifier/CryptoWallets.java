package org.tangier.matching.identifier;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Crypto-currency wallet addresses by chain, checked with each chain's own rules and put in one canonical form, so
 * that a wallet screens like a document whichever way it was written.
 *
 * <table>
 * <caption>rules and canonical forms</caption>
 * <tr><td>BTC</td><td>Base58Check P2PKH (1) and P2SH (3); bc1 segwit per BIP-173 (v0, Bech32) and BIP-350 (v1+,
 * Bech32m), in lower case</td></tr>
 * <tr><td>LTC</td><td>Base58Check L, M and legacy 3; ltc1 segwit with the same rules</td></tr>
 * <tr><td>BCH</td><td>CashAddr with its checksum, and legacy 1/3 Base58Check; both stored as {@code bitcoincash:q...}
 * or {@code bitcoincash:p...} in lower case</td></tr>
 * <tr><td>TRX</td><td>Base58Check with the 0x41 prefix (T...); the hex form 41... is converted to it</td></tr>
 * <tr><td>ETH and EVM chains</td><td>0x and 40 hex digits; a mixed-case address must carry a valid EIP-55 checksum;
 * stored EIP-55 checksummed</td></tr>
 * <tr><td>others</td><td>a plausible shape only</td></tr>
 * </table>
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
        if (a.length() > 128) {
            throw new InvalidIdentifierException("a wallet address has at most 128 characters");
        }
        try {
            return switch (chain) {
                case "BTC" -> segwitOrBase58(a, "bc", Set.of(0x00, 0x05), "1, 3 or bc1");
                case "LTC" -> segwitOrBase58(a, "ltc", Set.of(0x30, 0x32, 0x05), "L, M, 3 or ltc1");
                case "BCH" -> bitcoinCash(a);
                case "TRX" -> tron(a);
                default -> EVM.contains(chain) ? evm(a) : shape(a);
            };
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException("'" + a + "' is not a " + chain + " address: " + e.getMessage());
        }
    }

    private static String withoutUri(String a) {
        int colon = a.indexOf(':');
        if (colon > 0 && a.substring(0, colon).matches("(?i)bitcoin|litecoin|ethereum|tron|bitcoincash")) {
            a = a.substring(colon + 1).split("[?@/]", 2)[0];
        }
        return a;
    }

    private static String segwitOrBase58(String a, String hrp, Set<Integer> versions, String starts) {
        if (a.regionMatches(true, 0, hrp + "1", 0, hrp.length() + 1)) {
            return SegwitAddress.decode(hrp, a).encode(hrp);
        }
        legacy(a, versions, starts);
        return a;
    }

    /** A 21-byte Base58Check payload (version and 20-byte hash) with one of {@code versions}; returns the payload. */
    private static byte[] legacy(String a, Set<Integer> versions, String starts) {
        if (a.length() < 25 || a.length() > 35) {
            throw new InvalidIdentifierException("it starts with " + starts + " and has 26 to 35 characters (or 14 to 90 for bech32)");
        }
        byte[] payload = Base58Check.decode(a);
        if (payload.length != 21 || !versions.contains(payload[0] & 0xff)) {
            throw new InvalidIdentifierException("Base58Check: the version byte is not one of this chain's (it starts with " + starts + ")");
        }
        return payload;
    }

    private static String bitcoinCash(String a) {
        if (a.startsWith("1") || a.startsWith("3")) {
            byte[] payload = legacy(a, Set.of(0x00, 0x05), "1 or 3 (legacy) or q, p (CashAddr)");
            return new CashAddr(payload[0] == 0 ? 0 : 1, Arrays.copyOfRange(payload, 1, 21)).encode();
        }
        return CashAddr.decode(a).encode();
    }

    private static String tron(String a) {
        if (a.length() == 42 && a.matches("41[0-9a-fA-F]{40}")) {
            return Base58Check.encode(HexFormat.of().parseHex(a));
        }
        legacy(a, Set.of(0x41), "T");
        return a;
    }

    private static String evm(String a) {
        String hex = a.startsWith("0x") || a.startsWith("0X") ? a.substring(2) : a;
        if (hex.length() != 40 || !hex.matches("[0-9a-fA-F]{40}")) {
            throw new InvalidIdentifierException("it is 0x and 40 hex digits");
        }
        return Eip55.verify(hex);
    }

    private static String shape(String a) {
        if (a.length() < 20 || !a.matches("[A-Za-z0-9:]+")) {
            throw new InvalidIdentifierException("expected 20 to 128 letters and digits");
        }
        return a;
    }
}
