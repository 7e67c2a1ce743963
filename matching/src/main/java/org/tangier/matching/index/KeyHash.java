package org.tangier.matching.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit hash of a key's bytes, eight bytes at a time (MurmurHash3-style mixing, written from its published
 * description), the same whether the bytes are a query's array or a page of the arena.
 */
final class KeyHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long SEED = 0x9e3779b97f4a7c15L;

    private KeyHash() {
    }

    static long of(byte[] bytes, int offset, int length) {
        long h = SEED ^ length;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = mix(h, (long) LONGS.get(bytes, offset + i));
        }
        if (i < length) {
            long word = 0;
            for (int shift = 0; i < length; i++, shift += 8) {
                word |= (bytes[offset + i] & 0xffL) << shift;
            }
            h = mix(h, word);
        }
        return finish(h);
    }

    private static long mix(long h, long word) {
        word *= C1;
        word = Long.rotateLeft(word, 31);
        word *= C2;
        h ^= word;
        return Long.rotateLeft(h, 27) * 5 + 0x52dce729;
    }

    // Avalanche so that the low bits (slot index) and high bits (fingerprint) both depend on every input bit.
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
