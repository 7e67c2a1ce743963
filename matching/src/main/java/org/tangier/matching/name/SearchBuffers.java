package org.tangier.matching.name;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Per-thread buffers of a search, reused from query to query: the query's blocking keys, a score accumulator
 * over all documents with the list of documents it touched (so clearing costs what was touched), a bounded
 * heap of candidates and the best results. Nothing here is allocated per candidate. (A k-way merge of the
 * sorted postings was tried instead of the accumulator: with the hundreds of neighbour keys of a short
 * skeleton its heap cost more than the accumulator's cache misses.)
 */
final class SearchBuffers {
    static final byte OWN = 0, NEIGHBOUR = 1, COMMON = 2;

    int[] keys = new int[64];
    float[] keyWeights = new float[64];
    byte[] keyClass = new byte[64];
    int keyCount;
    final int[] neighbourScratch = new int[4096];

    int[] boostKeys = new int[16];
    float[] boostWeights = new float[16];
    float[] acc = new float[0];
    int[] touched = new int[1024];
    int touchedCount;

    int[] heapDocs = new int[512];
    float[] heapScores = new float[512];

    int[] resultDocs = new int[16];
    double[] resultScores = new double[16];

    /** Open-addressing table from key id to its slot in {@link #keys}, so that adding a key costs O(1). */
    private int[] slotOfKey = new int[256];
    private int[] slotStamp = new int[256];
    private int stamp = 1;
    private long[] order = new long[64];

    /** A key to follow; one key reached from several query parts counts once, at its best weight. */
    void addKey(int key, float weight, boolean neighbour) {
        if (keyCount == 0 && ++stamp == 0) { // a new query: forget the previous one's table without clearing it
            Arrays.fill(slotStamp, 0);
            stamp = 1;
        }
        if (keyCount * 2 >= slotOfKey.length) growTable();
        int mask = slotOfKey.length - 1;
        int h = (key * 0x9E3779B9) >>> 8 & mask;
        while (slotStamp[h] == stamp) {
            int i = slotOfKey[h];
            if (keys[i] == key) {
                if (weight > keyWeights[i]) keyWeights[i] = weight;
                if (!neighbour) keyClass[i] = OWN;
                return;
            }
            h = (h + 1) & mask;
        }
        if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, keyCount * 2);
            keyWeights = Arrays.copyOf(keyWeights, keyCount * 2);
            keyClass = Arrays.copyOf(keyClass, keyCount * 2);
        }
        slotStamp[h] = stamp;
        slotOfKey[h] = keyCount;
        keys[keyCount] = key;
        keyClass[keyCount] = neighbour ? NEIGHBOUR : OWN;
        keyWeights[keyCount++] = weight;
    }

    private void growTable() {
        int size = slotOfKey.length * 2;
        slotOfKey = new int[size];
        slotStamp = new int[size];
        stamp = 1;
        int mask = size - 1;
        for (int i = 0; i < keyCount; i++) {
            int h = (keys[i] * 0x9E3779B9) >>> 8 & mask;
            while (slotStamp[h] == stamp) h = (h + 1) & mask;
            slotStamp[h] = stamp;
            slotOfKey[h] = i;
        }
    }

    /** Orders the query keys: own keys, then neighbours, then very common keys; rarest first within each. */
    void sortKeys(int[] df, long commonDf) {
        if (order.length < keyCount) order = new long[Math.max(keyCount, order.length * 2)];
        for (int i = 0; i < keyCount; i++) {
            if (df[keys[i]] > commonDf) keyClass[i] = COMMON;
            // class, then document frequency, then the slot: one long sorts all three
            order[i] = (long) keyClass[i] << 50 | (long) df[keys[i]] << 18 | i;
        }
        Arrays.sort(order, 0, keyCount);
        int[] k = Arrays.copyOf(keys, keyCount);
        float[] w = Arrays.copyOf(keyWeights, keyCount);
        byte[] c = Arrays.copyOf(keyClass, keyCount);
        for (int i = 0; i < keyCount; i++) {
            int from = (int) (order[i] & 0x3FFFF);
            keys[i] = k[from];
            keyWeights[i] = w[from];
            keyClass[i] = c[from];
        }
    }

    void boostKey(int slot, int key, float weight) {
        if (slot == boostKeys.length) {
            boostKeys = Arrays.copyOf(boostKeys, slot * 2);
            boostWeights = Arrays.copyOf(boostWeights, slot * 2);
        }
        boostKeys[slot] = key;
        boostWeights[slot] = weight;
    }

    void prepare(int docCount) {
        if (acc.length < docCount) acc = new float[Math.max(docCount, acc.length + (acc.length >> 1))];
        touchedCount = 0;
    }

    void accumulate(int doc, float weight) {
        if (acc[doc] == 0) {
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
            touched[touchedCount++] = doc;
        }
        acc[doc] += weight;
    }

    void clearAccumulators() {
        for (int i = 0; i < touchedCount; i++) acc[touched[i]] = 0;
        touchedCount = 0;
        keyCount = 0;
    }

    /** Keeps the k live, visible documents with the highest accumulated weight in a min-heap; returns how many. */
    int selectTop(int k, int[][] docs, int[] docIds, IntPredicate visible) {
        if (heapDocs.length < k) {
            heapDocs = new int[k];
            heapScores = new float[k];
        }
        int n = 0;
        for (int i = 0; i < touchedCount; i++) {
            int doc = touched[i];
            float score = acc[doc];
            if (n == k && score <= heapScores[0]) continue;
            if (docs[doc] == null || !visible.test(docIds[doc])) continue;
            if (n < k) {
                heapDocs[n] = doc;
                heapScores[n] = score;
                siftUp(n++);
            } else {
                heapDocs[0] = doc;
                heapScores[0] = score;
                siftDown(0, n);
            }
        }
        return n;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapScores[parent] <= heapScores[i]) return;
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int n) {
        while (true) {
            int l = 2 * i + 1, smallest = i;
            if (l < n && heapScores[l] < heapScores[smallest]) smallest = l;
            if (l + 1 < n && heapScores[l + 1] < heapScores[smallest]) smallest = l + 1;
            if (smallest == i) return;
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int d = heapDocs[a]; heapDocs[a] = heapDocs[b]; heapDocs[b] = d;
        float s = heapScores[a]; heapScores[a] = heapScores[b]; heapScores[b] = s;
    }

    /** Offers a fully scored document to the best {@code limit}; returns the new number of results. */
    int offerResult(int doc, double score, int limit, int found) {
        if (resultDocs.length < limit) {
            resultDocs = Arrays.copyOf(resultDocs, limit);
            resultScores = Arrays.copyOf(resultScores, limit);
        }
        if (found < limit) {
            resultDocs[found] = doc;
            resultScores[found] = score;
            return found + 1;
        }
        int min = 0;
        for (int i = 1; i < found; i++) if (resultScores[i] < resultScores[min]) min = i;
        if (score > resultScores[min]) {
            resultDocs[min] = doc;
            resultScores[min] = score;
        }
        return found;
    }
}
