package org.tangier.bench.faces;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tangier.faces.BruteForceFaceIndex;
import org.tangier.faces.CompactFaceIndex;
import org.tangier.faces.FaceCandidate;
import org.tangier.faces.FaceIndex;
import org.tangier.faces.FaceTemplate;

/**
 * 1:N over synthetic templates: the compact gallery (int8 + sign-bit shortlist) against brute force over floats, in
 * the same run, on the same gallery and probes. Templates are random unit vectors of the model's dimension; each probe
 * is a gallery template plus noise (cosine about 0.6 to its mate, a typical mated score of the default model).
 *
 * <pre>java -Xmx6g -cp bench/target/tangier-bench.jar org.tangier.bench.faces.FaceGalleryBenchmark [TEMPLATES] [PROBES]</pre>
 */
public final class FaceGalleryBenchmark {

    static final int DIM = 512;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int probes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Random random = new Random(42);
        int[] mates = new int[probes];
        FaceTemplate[] probe = new FaceTemplate[probes];
        for (int q = 0; q < probes; q++) {
            mates[q] = random.nextInt(n);
        }

        long before = usedAfterGc();
        CompactFaceIndex compact = new CompactFaceIndex(DIM);
        fill(compact, n, mates, probe, 7);
        long compactBytes = usedAfterGc() - before;
        System.out.printf(Locale.ROOT, "compact gallery: %,d templates, %.0f bytes a template measured on the heap with its id string (%d declared for the vectors)%n",
                n, (double) compactBytes / n, compact.bytesPerTemplate());

        before = usedAfterGc();
        BruteForceFaceIndex exact = new BruteForceFaceIndex(DIM, n);
        fill(exact, n, mates, new FaceTemplate[probes], 7);
        long exactBytes = usedAfterGc() - before;
        System.out.printf(Locale.ROOT, "brute-force gallery: %,d templates, %.0f bytes a template measured on the heap with its id string (%d declared for the vectors)%n",
                n, (double) exactBytes / n, exact.bytesPerTemplate());

        long[] exactTimes = new long[probes];
        long[] compactTimes = new long[probes];
        int exactFound = 0, compactFound = 0, agree = 0;
        double maxScoreError = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up; the second is measured
            exactFound = compactFound = agree = 0;
            for (int q = 0; q < probes; q++) {
                long t0 = System.nanoTime();
                List<FaceCandidate> e = exact.search(probe[q], 20, 0.3);
                long t1 = System.nanoTime();
                List<FaceCandidate> c = compact.search(probe[q], 20, 0.3);
                long t2 = System.nanoTime();
                exactTimes[q] = t1 - t0;
                compactTimes[q] = t2 - t1;
                String mate = Integer.toString(mates[q]);
                exactFound += !e.isEmpty() && e.get(0).subjectId().equals(mate) ? 1 : 0;
                compactFound += !c.isEmpty() && c.get(0).subjectId().equals(mate) ? 1 : 0;
                if (!e.isEmpty() && !c.isEmpty() && e.get(0).subjectId().equals(c.get(0).subjectId())) {
                    agree++;
                    maxScoreError = Math.max(maxScoreError, Math.abs(e.get(0).score() - c.get(0).score()));
                }
            }
        }
        report("brute force (float)", exactTimes, exactFound, probes);
        report("compact (int8 + sign-bit shortlist 0.2%)", compactTimes, compactFound, probes);
        System.out.printf(Locale.ROOT, "rank-1 agreement %d/%d, largest rank-1 score difference %.4f; p99 speed-up %.1fx, memory %.1fx less%n",
                agree, probes, maxScoreError, (double) pct(exactTimes, 99) / pct(compactTimes, 99),
                (double) exactBytes / compactBytes);
    }

    private static void fill(FaceIndex index, int n, int[] mates, FaceTemplate[] probes, long seed) {
        Random r = new Random(seed);
        float[] v = new float[DIM];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < DIM; d++) {
                v[d] = (float) r.nextGaussian();
            }
            FaceTemplate t = new FaceTemplate(v);
            index.add(Integer.toString(i), t);
            for (int q = 0; q < mates.length; q++) {
                if (mates[q] == i && probes[q] == null) {
                    probes[q] = near(t, new Random(seed * 31 + q));
                }
            }
        }
    }

    /** The template plus Gaussian noise of 1.33 its length: a cosine of about 0.6. */
    private static FaceTemplate near(FaceTemplate t, Random r) {
        float[] v = t.vector().clone();
        for (int d = 0; d < DIM; d++) {
            v[d] += (float) (r.nextGaussian() * 1.33 / Math.sqrt(DIM));
        }
        return new FaceTemplate(v);
    }

    private static void report(String name, long[] times, int found, int probes) {
        System.out.printf(Locale.ROOT, "%-42s p50 %7.2f ms  p99 %7.2f ms  mean %7.2f ms  mate at rank 1: %d/%d%n", name,
                pct(times, 50) / 1e6, pct(times, 99) / 1e6, Arrays.stream(times).average().orElse(0) / 1e6, found, probes);
    }

    static long pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
