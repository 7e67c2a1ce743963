package org.tangier.faces;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The baseline: every template as floats, every search a dot product with each. Exact; 4 bytes a dimension. */
public final class BruteForceFaceIndex implements FaceIndex {

    private final int dimension;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private float[] vectors;
    private String[] subjects;
    private int size;

    public BruteForceFaceIndex(int dimension) {
        this(dimension, 16);
    }

    /** A gallery with room for {@code capacity} templates before it grows. */
    public BruteForceFaceIndex(int dimension, int capacity) {
        this.dimension = dimension;
        this.vectors = new float[Math.max(16, capacity) * dimension];
        this.subjects = new String[Math.max(16, capacity)];
    }

    @Override
    public void add(String subjectId, FaceTemplate template) {
        check(template);
        lock.writeLock().lock();
        try {
            if (size == subjects.length) {
                subjects = Arrays.copyOf(subjects, size * 2);
                vectors = Arrays.copyOf(vectors, size * 2 * dimension);
            }
            System.arraycopy(template.vector(), 0, vectors, size * dimension, dimension);
            subjects[size++] = subjectId;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(String subjectId) {
        lock.writeLock().lock();
        try {
            boolean removed = false;
            for (int i = size - 1; i >= 0; i--) {
                if (subjects[i].equals(subjectId)) {
                    size--;
                    subjects[i] = subjects[size];
                    subjects[size] = null;
                    System.arraycopy(vectors, size * dimension, vectors, i * dimension, dimension);
                    removed = true;
                }
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<FaceCandidate> search(FaceTemplate probe, int limit, double minScore) {
        check(probe);
        float[] p = probe.vector();
        lock.readLock().lock();
        try {
            TopCandidates top = new TopCandidates(Math.max(limit * 4, 16));
            for (int e = 0, base = 0; e < size; e++, base += dimension) {
                float dot = 0;
                for (int i = 0; i < dimension; i++) {
                    dot += p[i] * vectors[base + i];
                }
                if (dot >= minScore) {
                    top.offer(e, dot);
                }
            }
            return top.distinct(subjects, limit, minScore);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long bytesPerTemplate() {
        return 4L * dimension + 4; // the floats and the subject reference (compressed oops)
    }

    private void check(FaceTemplate t) {
        if (t.dimension() != dimension) {
            throw new IllegalArgumentException("this gallery holds " + dimension + "-dimension templates, not " + t.dimension());
        }
    }
}
