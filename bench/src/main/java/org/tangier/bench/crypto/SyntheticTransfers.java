package org.tangier.bench.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * The synthetic chain both the seeder and the load driver know: address i is a valid Bitcoin P2PKH address (Base58Check,
 * version 0x00, a 20-byte hash made from i), transaction t has 1–3 inputs (70 % one) and a payment and a change
 * output, 1 % of payments go to one of 100 popular addresses, which are tagged as exchanges. As {@link CryptoBenchmark}.
 */
public final class SyntheticTransfers {

    static final int SERVICES = 100;
    static final long FIRST_TIME = 1_700_000_000L;
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

    final int transfers;
    final int addresses;
    private final SplittableRandom random = new SplittableRandom(17);

    SyntheticTransfers(int transfers, int addresses) {
        this.transfers = transfers;
        this.addresses = addresses;
    }

    /** The next transaction's input addresses (numbers from 0), then its two outputs, in {@code legs}; answers the input count. */
    int next(int[] legs) {
        int k = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
        for (int j = 0; j < k; j++) {
            legs[j] = random.nextInt(addresses);
        }
        legs[k] = random.nextInt(100) == 0 ? random.nextInt(SERVICES) : random.nextInt(addresses);
        legs[k + 1] = random.nextInt(addresses);
        return k;
    }

    /** 1 transaction in 10 is its owner's alone: a viewer from another agency must not trace through it. */
    static boolean ownerOnly(int t) {
        return t % 10 == 9;
    }

    public static String address(int i) {
        try {
            byte[] payload = new byte[25];
            long x = 0x9E3779B97F4A7C15L * (i + 1L);
            for (int b = 1; b <= 20; b++) {
                payload[b] = (byte) (x >>> ((b % 8) * 8) ^ (i >>> (b % 4) * 8) ^ b);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(payload, 0, 21);
            byte[] check = sha.digest(sha.digest());
            System.arraycopy(check, 0, payload, 21, 4);
            return base58(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base58(byte[] bytes) {
        byte[] n = bytes.clone();
        char[] out = new char[40];
        int pos = out.length;
        int start = 0;
        while (start < n.length && n[start] == 0) {
            start++;
        }
        int zeros = start;
        while (start < n.length) {
            int remainder = 0;
            for (int k = start; k < n.length; k++) {
                int v = (remainder << 8) | (n[k] & 0xFF);
                n[k] = (byte) (v / 58);
                remainder = v % 58;
            }
            out[--pos] = ALPHABET[remainder];
            while (start < n.length && n[start] == 0) {
                start++;
            }
        }
        for (int z = 0; z < zeros; z++) {
            out[--pos] = '1';
        }
        return new String(out, pos, out.length - pos);
    }
}
