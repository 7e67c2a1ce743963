package org.tangier.matching.name;

import java.util.Arrays;

/** Open-addressing int to int map for record id to document number: no boxing, one array pair. */
final class IntIntMap {
    private static final int EMPTY = Integer.MIN_VALUE;
    private int[] keys;
    private int[] values;
    private int size;

    IntIntMap(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new int[n];
        values = new int[n];
        Arrays.fill(keys, EMPTY);
    }

    int get(int key, int missing) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return missing;
        }
    }

    void put(int key, int value) {
        if (key == EMPTY) throw new IllegalArgumentException("id " + key + " is reserved");
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) { values[i] = value; return; }
            if (keys[i] == EMPTY) { keys[i] = key; values[i] = value; size++; return; }
        }
    }

    /** Removes by backward-shift deletion, so lookups never need tombstones. */
    void remove(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == EMPTY) return;
            i = (i + 1) & mask;
        }
        size--;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == EMPTY) break;
            int home = mix(keys[j]) & mask;
            // move keys[j] back into the hole if its home is not between the hole and j (cyclically)
            if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = EMPTY;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys, oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) put(oldKeys[i], oldValues[i]);
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
