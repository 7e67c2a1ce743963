package org.tangier.matching.name;

import java.util.Arrays;

/**
 * Finds blocking keys one consonant edit away from a query key, so that a typing error in a rare name part
 * still brings its record in as a candidate. Every key registers its single-deletion variants (the
 * symmetric-deletion idea): two keys are one edit apart when they share a variant or one is a variant of the
 * other. Variants are stored by 64-bit hash in primitive arrays; a rare collision only adds a candidate.
 */
final class NeighbourKeys {
    static final int MIN_LENGTH = 3;

    private long[] slots = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int used;
    private int[] entryKey = new int[1 << 12];
    private int[] entryNext = new int[1 << 12];
    private int entries;

    NeighbourKeys() {
        Arrays.fill(heads, -1);
    }

    void register(String key, int keyId) {
        if (key.length() < MIN_LENGTH) return;
        for (int i = 0; i < key.length(); i++) {
            if (i > 0 && key.charAt(i) == key.charAt(i - 1)) continue; // same variant as the previous deletion
            add(hashWithout(key, i), keyId);
        }
    }

    /** Calls the sink for every registered key whose deletion variants include this hash. */
    int variants(long hash, int[] out, int n) {
        int mask = slots.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (heads[i] < 0) return n;
            if (slots[i] == hash) {
                for (int e = heads[i]; e >= 0 && n < out.length; e = entryNext[e]) out[n++] = entryKey[e];
                return n;
            }
        }
    }

    static long hashWithout(CharSequence s, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            if (i == skip) continue;
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    static long hash(CharSequence s) {
        return hashWithout(s, -1);
    }

    private void add(long hash, int keyId) {
        if ((used + 1) * 2 > slots.length) rehash();
        if (entries == entryKey.length) {
            entryKey = Arrays.copyOf(entryKey, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        int mask = slots.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (heads[i] >= 0 && slots[i] != hash) i = (i + 1) & mask;
        if (heads[i] < 0) {
            slots[i] = hash;
            used++;
        }
        entryKey[entries] = keyId;
        entryNext[entries] = heads[i];
        heads[i] = entries++;
    }

    private void rehash() {
        long[] oldSlots = slots;
        int[] oldHeads = heads;
        slots = new long[oldSlots.length * 2];
        heads = new int[oldSlots.length * 2];
        Arrays.fill(heads, -1);
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldHeads[j] < 0) continue;
            int i = (int) (oldSlots[j] ^ (oldSlots[j] >>> 32)) & mask;
            while (heads[i] >= 0) i = (i + 1) & mask;
            slots[i] = oldSlots[j];
            heads[i] = oldHeads[j];
        }
    }
}
