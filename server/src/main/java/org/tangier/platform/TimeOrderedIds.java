package org.tangier.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made one after another sort one after
 * another, so an index over thousands of them a second (screening checks in the audit log) grows at its end instead
 * of dirtying pages all over the tree, while staying as unguessable as the 74 random bits make them.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long random = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (random & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
