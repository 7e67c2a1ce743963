package org.tangier.matching.identifier;

import java.util.Locale;

/**
 * Bitcoin Cash's CashAddr ({@code bitcoincash:q...}): Bech32's alphabet with a 40-bit BCH checksum over the prefix
 * and a payload of a version byte (address type and hash size) and the hash. Written here: no maintained Java
 * library for it is served to this build.
 *
 * @param type 0 for pay-to-public-key-hash, 1 for pay-to-script-hash
 * @param hash the 20-byte (or longer) hash
 */
record CashAddr(int type, byte[] hash) {

    static final String PREFIX = "bitcoincash";
    private static final long[] GENERATOR = {0x98f2bc8e61L, 0x79b76d99e2L, 0xf33e5fb3c4L, 0xae2eabe2a8L, 0x1e4f43e470L};
    private static final int[] HASH_BITS = {160, 192, 224, 256, 320, 384, 448, 512};

    static boolean looksLikeOne(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        return s.startsWith(PREFIX + ":") || s.startsWith("q") || s.startsWith("p");
    }

    static CashAddr decode(String text) {
        boolean lower = !text.equals(text.toUpperCase(Locale.ROOT));
        boolean upper = !text.equals(text.toLowerCase(Locale.ROOT));
        if (lower && upper) {
            throw new InvalidIdentifierException("CashAddr: all lower or all upper case, not mixed");
        }
        String s = text.toLowerCase(Locale.ROOT);
        String prefix = PREFIX;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            prefix = s.substring(0, colon);
            if (!prefix.equals(PREFIX)) {
                throw new InvalidIdentifierException("CashAddr: the prefix is '" + prefix + "', 'bitcoincash' expected");
            }
            s = s.substring(colon + 1);
        }
        if (s.length() < 9) {
            throw new InvalidIdentifierException("CashAddr: too short for a payload and its 8-character checksum");
        }
        byte[] values = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            int v = Bech32.CHARSET.indexOf(s.charAt(i));
            if (v < 0) {
                throw new InvalidIdentifierException("CashAddr: '" + s.charAt(i) + "' is not a base32 character");
            }
            values[i] = (byte) v;
        }
        if (polymod(prefix, values) != 0) {
            throw new InvalidIdentifierException("CashAddr: the checksum fails (a character is mistyped)");
        }
        byte[] data = new byte[values.length - 8];
        System.arraycopy(values, 0, data, 0, data.length);
        byte[] payload = Bech32.convertBits(data, 0, 5, 8, false);
        int version = payload[0] & 0xff;
        if ((version & 0x80) != 0) {
            throw new InvalidIdentifierException("CashAddr: the version byte's reserved high bit is set");
        }
        int bits = HASH_BITS[version & 7];
        if ((payload.length - 1) * 8 != bits) {
            throw new InvalidIdentifierException("CashAddr: the version byte says a " + bits + "-bit hash, "
                    + (payload.length - 1) * 8 + " bits found");
        }
        int type = version >>> 3;
        if (type > 1) {
            throw new InvalidIdentifierException("CashAddr: address type " + type + " is not P2PKH (0) or P2SH (1)");
        }
        byte[] hash = new byte[payload.length - 1];
        System.arraycopy(payload, 1, hash, 0, hash.length);
        return new CashAddr(type, hash);
    }

    /** With its prefix, in lower case: the canonical form. */
    String encode() {
        int sizeCode = switch (hash.length * 8) {
            case 160 -> 0;
            case 192 -> 1;
            case 224 -> 2;
            case 256 -> 3;
            case 320 -> 4;
            case 384 -> 5;
            case 448 -> 6;
            case 512 -> 7;
            default -> throw new IllegalArgumentException("CashAddr has no size code for a " + hash.length + "-byte hash");
        };
        byte[] payload = new byte[hash.length + 1];
        payload[0] = (byte) (type << 3 | sizeCode);
        System.arraycopy(hash, 0, payload, 1, hash.length);
        byte[] data = Bech32.convertBits(payload, 0, 8, 5, true);
        byte[] values = new byte[data.length + 8];
        System.arraycopy(data, 0, values, 0, data.length);
        long mod = polymod(PREFIX, values);
        StringBuilder s = new StringBuilder(PREFIX).append(':');
        for (byte b : data) {
            s.append(Bech32.CHARSET.charAt(b));
        }
        for (int i = 0; i < 8; i++) {
            s.append(Bech32.CHARSET.charAt((int) ((mod >>> (5 * (7 - i))) & 31)));
        }
        return s.toString();
    }

    private static long polymod(String prefix, byte[] values) {
        long c = 1;
        for (int i = 0; i < prefix.length(); i++) {
            c = step(c, prefix.charAt(i) & 31);
        }
        c = step(c, 0);
        for (byte v : values) {
            c = step(c, v);
        }
        return c ^ 1;
    }

    private static long step(long c, int value) {
        long top = c >>> 35;
        c = ((c & 0x07ffffffffL) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                c ^= GENERATOR[i];
            }
        }
        return c;
    }
}
