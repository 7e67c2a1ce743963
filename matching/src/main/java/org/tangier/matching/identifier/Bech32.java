package org.tangier.matching.identifier;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) strings: a human-readable part, the separator 1, and 5-bit data with a
 * six-character BCH checksum whose final constant tells the two encodings apart.
 */
final class Bech32 {

    enum Encoding {
        BECH32(1), BECH32M(0x2bc830a3);

        final int constant;

        Encoding(int constant) {
            this.constant = constant;
        }
    }

    /** A decoded string: its human-readable part in lower case, its 5-bit data without the checksum, its encoding. */
    record Decoded(String hrp, byte[] data, Encoding encoding) {
    }

    static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private Bech32() {
    }

    static Decoded decode(String text) {
        if (text.length() > 90) {
            throw new InvalidIdentifierException("BIP-173: a Bech32 string has at most 90 characters, " + text.length() + " found");
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 33 || c > 126) {
                throw new InvalidIdentifierException("BIP-173: character " + (i + 1) + " is outside printable ASCII");
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            throw new InvalidIdentifierException("BIP-173: a Bech32 string is all lower or all upper case, not mixed");
        }
        String s = text.toLowerCase(Locale.ROOT);
        int separator = s.lastIndexOf('1');
        if (separator < 1) {
            throw new InvalidIdentifierException("BIP-173: the human-readable part before the separator 1 is missing");
        }
        if (separator + 7 > s.length()) {
            throw new InvalidIdentifierException("BIP-173: the data part after the separator 1 is shorter than its 6-character checksum");
        }
        String hrp = s.substring(0, separator);
        byte[] values = new byte[s.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            int v = CHARSET.indexOf(s.charAt(separator + 1 + i));
            if (v < 0) {
                throw new InvalidIdentifierException("BIP-173: '" + s.charAt(separator + 1 + i) + "' is not a Bech32 character");
            }
            values[i] = (byte) v;
        }
        int check = polymod(hrp, values, values.length);
        Encoding encoding = check == Encoding.BECH32.constant ? Encoding.BECH32
                : check == Encoding.BECH32M.constant ? Encoding.BECH32M : null;
        if (encoding == null) {
            throw new InvalidIdentifierException("BIP-173/BIP-350: the checksum fails (a character is mistyped)");
        }
        byte[] data = new byte[values.length - 6];
        System.arraycopy(values, 0, data, 0, data.length);
        return new Decoded(hrp, data, encoding);
    }

    static String encode(String hrp, byte[] data, Encoding encoding) {
        byte[] values = new byte[data.length + 6];
        System.arraycopy(data, 0, values, 0, data.length);
        int mod = polymod(hrp, values, values.length) ^ encoding.constant;
        StringBuilder s = new StringBuilder(hrp).append('1');
        for (byte b : data) {
            s.append(CHARSET.charAt(b));
        }
        for (int i = 0; i < 6; i++) {
            s.append(CHARSET.charAt((mod >>> (5 * (5 - i))) & 31));
        }
        return s.toString();
    }

    private static int polymod(String hrp, byte[] values, int length) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (int i = 0; i < length; i++) {
            chk = step(chk, values[i]);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = (chk & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    /**
     * Regroups bits ({@code from} wide to {@code to} wide). Decoding 5 to 8 refuses leftover padding of 5 bits or
     * more, or padding that is not zero (BIP-173's "bad padding").
     */
    static byte[] convertBits(byte[] in, int offset, int from, int to, boolean pad) {
        int acc = 0;
        int bits = 0;
        int max = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * from / to + 1);
        for (int i = offset; i < in.length; i++) {
            int value = in[i] & 0xff;
            acc = (acc << from) | value;
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write((acc >>> bits) & max);
            }
        }
        if (pad) {
            if (bits > 0) {
                out.write((acc << (to - bits)) & max);
            }
        } else if (bits >= from) {
            throw new InvalidIdentifierException("BIP-173: more than 4 bits of padding");
        } else if (((acc << (to - bits)) & max) != 0) {
            throw new InvalidIdentifierException("BIP-173: the padding bits are not zero");
        }
        return out.toByteArray();
    }
}
