package org.tangier.matching.identifier;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-55's mixed-case checksum of an Ethereum address: a hex letter is upper case where the same position's nibble
 * of Keccak-256 of the lower-case hex is 8 or more. Keccak-256 (not the JDK's SHA3-256, whose padding differs)
 * comes from Bouncy Castle.
 */
final class Eip55 {

    private Eip55() {
    }

    /** The checksummed form of 40 hex digits. */
    static String checksummed(String hex40) {
        String lower = hex40.toLowerCase(Locale.ROOT);
        KeccakDigest keccak = new KeccakDigest(256);
        byte[] in = lower.getBytes(StandardCharsets.US_ASCII);
        keccak.update(in, 0, in.length);
        byte[] hash = new byte[32];
        keccak.doFinal(hash, 0);
        StringBuilder s = new StringBuilder(42).append("0x");
        for (int i = 0; i < 40; i++) {
            char c = lower.charAt(i);
            int nibble = (hash[i / 2] >>> (i % 2 == 0 ? 4 : 0)) & 0xf;
            s.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return s.toString();
    }

    /**
     * The checksummed form; all-lower and all-upper hex carry no checksum and are accepted, mixed case must match.
     */
    static String verify(String hex40) {
        String checksummed = checksummed(hex40);
        boolean mixed = !hex40.equals(hex40.toLowerCase(Locale.ROOT)) && !hex40.equals(hex40.toUpperCase(Locale.ROOT));
        if (mixed && !checksummed.substring(2).equals(hex40)) {
            throw new InvalidIdentifierException("EIP-55: the mixed-case checksum fails (a letter's case or a digit is wrong)");
        }
        return checksummed;
    }
}
