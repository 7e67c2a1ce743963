package org.tangier.biometrics;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The pre-filter's view of a template: a key per short edge between a minutia and one of its nearest neighbours,
 * made of the edge's length and the two minutia directions relative to the edge. These three numbers do not change
 * when a finger is shifted or rotated on the scanner, so two impressions of one finger share many keys and
 * unrelated fingers share few. SourceAFIS starts its matching from the same kind of edges; counting shared keys in
 * a bit set costs a microsecond where SourceAFIS's full comparison costs a hundred.
 */
final class EdgeKeys {

    /** Neighbours per minutia: enough edges to survive missing minutiae, few enough to keep keys sparse. */
    static final int NEIGHBOURS = 6;
    /** SourceAFIS positions are at 500 dpi; edges beyond about a third of an inch bend too much with skin distortion. */
    static final int MAX_LENGTH = 192;
    static final int LENGTH_BIN = 8;
    static final int LENGTH_BINS = MAX_LENGTH / LENGTH_BIN;
    static final int ANGLE_BINS = 32;
    static final int KEY_SPACE = LENGTH_BINS * ANGLE_BINS * ANGLE_BINS;

    private EdgeKeys() {
    }

    /** Rotation bins for the vote: 11.25 degrees, finer than minutia direction noise is not useful. */
    static final int ROTATION_BINS = 32;

    /** The candidate side: per edge, its exact key and its absolute direction in rotation bins. */
    record Candidate(char[] keys, byte[] directions) {
        int memoryBytes() {
            return 2 * 16 + keys.length * 3 + 16;
        }
    }

    /**
     * The probe side: for every key, the directions of the probe's edges filed under it. Each edge is filed under
     * its own key and under the nearer neighbouring bin in each of the three dimensions, so that an edge measured
     * near a bin border in one impression still meets its twin from the other. Compressed rows: the edges of key k
     * are {@code directions[start[k] .. start[k + 1])}.
     */
    record Probe(int[] start, byte[] directions) {
    }

    static Candidate candidate(Minutiae minutiae) {
        return candidate(minutiae, NEIGHBOURS);
    }

    /**
     * The candidate side from each minutia's {@code neighbours} nearest neighbours only: the compact gallery keeps
     * fewer edges per print than the heap gallery. The probe side still files 6 neighbours per minutia, so every
     * stored edge still finds its twin.
     */
    static Candidate candidate(Minutiae minutiae, int neighbours) {
        char[] keys = new char[minutiae.count() * neighbours];
        byte[] directions = new byte[keys.length];
        int[] count = {0};
        forEachEdge(minutiae, neighbours, (length, first, second, direction) -> {
            keys[count[0]] = (char) key((int) (length / LENGTH_BIN), (int) (first * ANGLE_BINS), (int) (second * ANGLE_BINS));
            directions[count[0]++] = (byte) ((int) (direction * ROTATION_BINS) % ROTATION_BINS);
        });
        return new Candidate(Arrays.copyOf(keys, count[0]), Arrays.copyOf(directions, count[0]));
    }

    static Probe probe(Minutiae minutiae) {
        int[] keys = new int[minutiae.count() * NEIGHBOURS * 8];
        byte[] directions = new byte[keys.length];
        int[] count = {0};
        forEachEdge(minutiae, NEIGHBOURS, (length, first, second, direction) -> {
            double l = length / LENGTH_BIN, a = first * ANGLE_BINS, b = second * ANGLE_BINS;
            int l0 = (int) l, a0 = (int) a, b0 = (int) b;
            int l1 = l - l0 < 0.5 ? l0 - 1 : l0 + 1;
            int a1 = a - a0 < 0.5 ? a0 - 1 : a0 + 1;
            int b1 = b - b0 < 0.5 ? b0 - 1 : b0 + 1;
            byte rotation = (byte) ((int) (direction * ROTATION_BINS) % ROTATION_BINS);
            for (int li : new int[] {l0, l1}) {
                if (li < 0 || li >= LENGTH_BINS) {
                    continue;
                }
                for (int ai : new int[] {a0, a1}) {
                    for (int bi : new int[] {b0, b1}) {
                        keys[count[0]] = key(li, ai, bi);
                        directions[count[0]++] = rotation;
                    }
                }
            }
        });
        int[] start = new int[KEY_SPACE + 1];
        for (int i = 0; i < count[0]; i++) {
            start[keys[i] + 1]++;
        }
        for (int k = 0; k < KEY_SPACE; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, KEY_SPACE);
        byte[] filed = new byte[count[0]];
        for (int i = 0; i < count[0]; i++) {
            filed[fill[keys[i]]++] = directions[i];
        }
        return new Probe(start, filed);
    }

    /**
     * How strongly the candidate's edges agree with the probe's on one rotation of the finger. Every shared key
     * votes for the rotation that carries the candidate's edge onto the probe's; twins of one finger pile up in one
     * rotation (and its neighbour), while chance agreements of unrelated fingers scatter over all of them. The score
     * is the best pair of neighbouring rotation bins minus what an even scatter would put there.
     *
     * @param votes scratch space of {@link #ROTATION_BINS} ints, so that scoring allocates nothing
     */
    static int score(Probe probe, Candidate candidate, int[] votes) {
        Arrays.fill(votes, 0);
        int[] start = probe.start;
        byte[] probeDirections = probe.directions;
        char[] keys = candidate.keys;
        byte[] directions = candidate.directions;
        int total = 0;
        for (int e = 0; e < keys.length; e++) {
            int key = keys[e];
            int from = start[key], to = start[key + 1];
            int own = directions[e];
            for (int p = from; p < to; p++) {
                votes[(probeDirections[p] - own) & (ROTATION_BINS - 1)]++;
            }
            total += to - from;
        }
        return rotationPeak(votes, total);
    }

    /**
     * {@link #score(Probe, Candidate, int[])} over edges stored off-heap: {@code count} edges of three bytes each
     * (key high byte, key low byte, rotation bin) from {@code offset}.
     */
    static int score(Probe probe, ByteBuffer store, int offset, int count, int[] votes) {
        Arrays.fill(votes, 0);
        int[] start = probe.start;
        byte[] probeDirections = probe.directions;
        int total = 0;
        for (int e = 0, at = offset; e < count; e++, at += 3) {
            int key = ((store.get(at) & 0xff) << 8) | (store.get(at + 1) & 0xff);
            int from = start[key], to = start[key + 1];
            int own = store.get(at + 2);
            for (int p = from; p < to; p++) {
                votes[(probeDirections[p] - own) & (ROTATION_BINS - 1)]++;
            }
            total += to - from;
        }
        return rotationPeak(votes, total);
    }

    /**
     * The score of a vote: the best pair of neighbouring rotation bins minus what an even scatter of the {@code total}
     * votes would put there. One place for the heap and the off-heap scoring, so that both galleries rank alike.
     */
    private static int rotationPeak(int[] votes, int total) {
        int best = 0;
        for (int r = 0; r < ROTATION_BINS; r++) {
            int pair = votes[r] + votes[(r + 1) & (ROTATION_BINS - 1)];
            if (pair > best) {
                best = pair;
            }
        }
        return best - 2 * total / ROTATION_BINS;
    }

    private static int key(int lengthBin, int firstBin, int secondBin) {
        return (lengthBin * ANGLE_BINS + Math.floorMod(firstBin, ANGLE_BINS)) * ANGLE_BINS
                + Math.floorMod(secondBin, ANGLE_BINS);
    }

    private interface EdgeVisitor {
        /**
         * Length in pixels; minutia directions relative to the edge and the edge's own direction, as fractions of
         * a full turn in [0, 1).
         */
        void edge(double length, double first, double second, double direction);
    }

    private static void forEachEdge(Minutiae minutiae, int neighbours, EdgeVisitor visitor) {
        int n = minutiae.count();
        short[] x = minutiae.x(), y = minutiae.y();
        float[] direction = minutiae.direction();
        int[] nearest = new int[neighbours];
        long[] nearestDistance = new long[neighbours];
        for (int i = 0; i < n; i++) {
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                long dx = x[j] - x[i], dy = y[j] - y[i];
                long d = dx * dx + dy * dy;
                if (d >= (long) MAX_LENGTH * MAX_LENGTH) {
                    continue;
                }
                // insertion into the small sorted list of nearest neighbours
                int at = found < neighbours ? found++ : neighbours;
                if (at == neighbours && d >= nearestDistance[neighbours - 1]) {
                    continue;
                }
                if (at == neighbours) {
                    at = neighbours - 1;
                }
                while (at > 0 && nearestDistance[at - 1] > d) {
                    nearestDistance[at] = nearestDistance[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                nearestDistance[at] = d;
                nearest[at] = j;
            }
            for (int k = 0; k < found; k++) {
                int j = nearest[k];
                double edgeAngle = Math.atan2(y[j] - y[i], x[j] - x[i]);
                visitor.edge(Math.sqrt(nearestDistance[k]), turn(direction[i] - edgeAngle), turn(direction[j] - edgeAngle),
                        turn(edgeAngle));
            }
        }
    }

    private static double turn(double radians) {
        double t = radians / (2 * Math.PI);
        return t - Math.floor(t);
    }
}
