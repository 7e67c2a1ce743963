package org.tangier.faces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The gallery for a national scale: each template kept as one byte a dimension (scaled so that its largest component
 * is ±127) plus one sign bit a dimension. A search first counts, for every template, the sign bits that differ from
 * the probe's (the angle between two vectors shows in how many signs they disagree on, and 64 dimensions are one
 * {@code Long.bitCount}); only the {@code shortlist} templates with the fewest differences are scored with the bytes.
 * 512 + 64 + 4 bytes a 512-dimension template against 2,048 as floats; the benchmark measures what the shortlist costs in
 * recall (docs/faces.md).
 */
public final class CompactFaceIndex implements FaceIndex {

    /**
     * Templates per page: pages are allocated as the gallery grows, none is ever copied. A little under 2^14, so that a
     * page of 512-byte codes stays under 8 MiB with its array header: G1 puts such an array in two 4 MiB regions
     * instead of three.
     */
    static final int PAGE = (1 << 14) - 8;

    private final int dimension;
    private final int words;
    private final double shortlistShare;
    private final int minShortlist;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<byte[]> codes = new ArrayList<>();
    private final List<long[]> signs = new ArrayList<>();
    private final List<float[]> scales = new ArrayList<>();
    private String[] subjects = new String[PAGE];
    private int size;

    /**
     * @param shortlistShare share of the gallery scored in full after the sign-bit pass (0.002 = 0.2 %)
     * @param minShortlist   templates scored in full at least, however small the gallery
     */
    public CompactFaceIndex(int dimension, double shortlistShare, int minShortlist) {
        if (dimension % 64 != 0) {
            throw new IllegalArgumentException("the compact gallery needs a dimension divisible by 64, not " + dimension);
        }
        this.dimension = dimension;
        this.words = dimension / 64;
        this.shortlistShare = shortlistShare;
        this.minShortlist = minShortlist;
    }

    public CompactFaceIndex(int dimension) {
        this(dimension, 0.002, 2000);
    }

    @Override
    public void add(String subjectId, FaceTemplate template) {
        check(template);
        lock.writeLock().lock();
        try {
            if (size == codes.size() * PAGE) {
                codes.add(new byte[PAGE * dimension]);
                signs.add(new long[PAGE * words]);
                scales.add(new float[PAGE]);
            }
            if (size == subjects.length) {
                subjects = Arrays.copyOf(subjects, size * 2);
            }
            write(size, template.vector());
            subjects[size++] = subjectId;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void write(int entry, float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = 127f / max;
        byte[] page = codes.get(entry / PAGE);
        long[] bits = signs.get(entry / PAGE);
        int at = (entry % PAGE) * dimension;
        int wordAt = (entry % PAGE) * words;
        Arrays.fill(bits, wordAt, wordAt + words, 0L);
        for (int i = 0; i < dimension; i++) {
            page[at + i] = (byte) Math.round(v[i] * scale);
            if (v[i] < 0) {
                bits[wordAt + i / 64] |= 1L << (i % 64);
            }
        }
        scales.get(entry / PAGE)[entry % PAGE] = 1f / scale;
    }

    @Override
    public boolean remove(String subjectId) {
        lock.writeLock().lock();
        try {
            boolean removed = false;
            for (int i = size - 1; i >= 0; i--) {
                if (subjects[i].equals(subjectId)) {
                    int last = --size;
                    if (i != last) {
                        move(last, i);
                    }
                    subjects[i] = subjects[last];
                    subjects[last] = null;
                    removed = true;
                }
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void move(int from, int to) {
        System.arraycopy(codes.get(from / PAGE), (from % PAGE) * dimension, codes.get(to / PAGE), (to % PAGE) * dimension, dimension);
        System.arraycopy(signs.get(from / PAGE), (from % PAGE) * words, signs.get(to / PAGE), (to % PAGE) * words, words);
        scales.get(to / PAGE)[to % PAGE] = scales.get(from / PAGE)[from % PAGE];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<FaceCandidate> search(FaceTemplate probe, int limit, double minScore) {
        check(probe);
        float[] p = probe.vector();
        long[] probeSigns = new long[words];
        for (int i = 0; i < dimension; i++) {
            if (p[i] < 0) {
                probeSigns[i / 64] |= 1L << (i % 64);
            }
        }
        lock.readLock().lock();
        try {
            int n = size;
            int shortlist = (int) Math.min(n, Math.max(minShortlist, Math.ceil(n * shortlistShare)));
            int cutoff = dimension;
            short[] distance = null;
            if (shortlist < n) {
                distance = new short[n];
                int[] histogram = new int[dimension + 1];
                for (int page = 0, e = 0; e < n; page++) {
                    long[] bits = signs.get(page);
                    for (int at = 0, end = Math.min(PAGE, n - e); at < end; at++, e++) {
                        int d = 0;
                        for (int w = 0, base = at * words; w < words; w++) {
                            d += Long.bitCount(bits[base + w] ^ probeSigns[w]);
                        }
                        distance[e] = (short) d;
                        histogram[d]++;
                    }
                }
                int kept = 0;
                for (cutoff = 0; cutoff < dimension; cutoff++) {
                    kept += histogram[cutoff];
                    if (kept >= shortlist) {
                        break;
                    }
                }
            }
            TopCandidates top = new TopCandidates(Math.max(limit * 4, 16));
            for (int page = 0, e = 0; e < n; page++) {
                byte[] code = codes.get(page);
                float[] scale = scales.get(page);
                for (int at = 0, end = Math.min(PAGE, n - e); at < end; at++, e++) {
                    if (distance != null && distance[e] > cutoff) {
                        continue;
                    }
                    float dot = 0;
                    for (int i = 0, base = at * dimension; i < dimension; i++) {
                        dot += p[i] * code[base + i];
                    }
                    double score = dot * scale[at];
                    if (score >= minScore) {
                        top.offer(e, score);
                    }
                }
            }
            return top.distinct(subjects, limit, minScore);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long bytesPerTemplate() {
        return dimension + 8L * words + 4 + 4; // codes, sign bits, scale, subject reference
    }

    private void check(FaceTemplate t) {
        if (t.dimension() != dimension) {
            throw new IllegalArgumentException("this gallery holds " + dimension + "-dimension templates, not " + t.dimension());
        }
    }
}
