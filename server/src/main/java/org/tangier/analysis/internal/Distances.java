package org.tangier.analysis.internal;

import java.util.Arrays;

/**
 * Hop distances of the nodes a search has reached, keyed by node index: an open-addressing table of ints, so that a
 * path search over a million-node graph costs memory in proportion to what it reaches, not to the graph.
 */
final class Distances {

    private static final int FREE = -1;
    private int[] keys;
    private int[] values;
    private int size;

    Distances() {
        keys = new int[64];
        values = new int[64];
        Arrays.fill(keys, FREE);
    }

    /** The distance of {@code node}, or -1 when it was not reached. */
    int get(int node) {
        int mask = keys.length - 1;
        for (int slot = mix(node) & mask; ; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == node) {
                return values[slot];
            }
            if (k == FREE) {
                return -1;
            }
        }
    }

    /** Records the distance unless the node already has one; true when it is new. */
    boolean putIfAbsent(int node, int distance) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(node) & mask; ; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == node) {
                return false;
            }
            if (k == FREE) {
                keys[slot] = node;
                values[slot] = distance;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
