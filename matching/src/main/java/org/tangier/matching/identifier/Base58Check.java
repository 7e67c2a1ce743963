package org.tangier.matching.identifier;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check as Bitcoin writes legacy addresses (and Litecoin, Tron and Bitcoin Cash legacy after it): base58 of
 * the payload followed by the first four bytes of its double SHA-256. Written here because bitcoinj, the library
 * that has it, is not served to this build and would bring Guava and Protobuf along for forty lines.
 */
final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {
    }

    /** The payload (version byte and hash) of a Base58Check text, or an exception naming the rule broken. */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new InvalidIdentifierException("'" + text.charAt(i)
                        + "' is not a base58 character (0, O, I and l are not used)");
            }
            if (digit == 0 && value.signum() == 0) {
                leadingZeros++;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, leadingZeros, magnitude.length - skip);
        if (bytes.length < 5) {
            throw new InvalidIdentifierException("Base58Check: too short for a payload and its 4-byte checksum");
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
        byte[] hash = doubleSha256(payload);
        if (!Arrays.equals(hash, 0, 4, bytes, bytes.length - 4, bytes.length)) {
            throw new InvalidIdentifierException("Base58Check: the checksum fails (a character is mistyped)");
        }
        return payload;
    }

    static String encode(byte[] payload) {
        byte[] hash = doubleSha256(payload);
        byte[] bytes = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(hash, 0, bytes, payload.length, 4);
        StringBuilder s = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            s.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            s.append('1');
        }
        return s.reverse().toString();
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
