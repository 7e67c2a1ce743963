package org.tangier.bench.biometrics;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Gallery;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.Thresholds;

/**
 * 1:N search latency of a single-finger probe (position unknown, so every print is compared) against synthetic
 * galleries, in one run: the baseline (a single-threaded loop over SourceAFIS's FingerprintMatcher), the gallery
 * searching exhaustively on all cores, and the gallery with its pre-filter. Three real genuine pairs are planted:
 * each mate is enrolled, each other impression is a probe, and the run reports whether each search found the mate.
 * JMH would fork and repeat a 100,000-template setup that takes a minute, so this is a main.
 *
 * <pre>java -Xmx12g -cp bench/target/tangier-bench.jar org.tangier.bench.biometrics.IdentificationBenchmark [DATA_DIR] [SIZES...]</pre>
 */
public final class IdentificationBenchmark {

    /** Probe impression and enrolled mate, by name in {@link RealPrints}. */
    private static final String[][] GENUINE = {{"probe.png", "matching.png"}, {"card-11", "card-1"}, {"card-12", "card-6"}};
    /** Sources that synthetic templates must not come from: the planted fingers themselves. */
    private static final Set<String> PLANTED = Set.of("probe.png", "matching.png", "card-1", "card-6", "card-11", "card-12");

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data/fingerprints");
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray() : new int[] {10_000, 100_000};
        Map<String, Template> real = RealPrints.load(data);
        List<Template> sources = real.entrySet().stream().filter(e -> !PLANTED.contains(e.getKey())).map(Map.Entry::getValue).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d cores, %s, %s %s, max heap %d MB; %d real source templates%n", cores,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20, sources.size());
        for (int size : sizes) {
            run(size, real, sources, cores);
        }
    }

    private static void run(int size, Map<String, Template> real, List<Template> sources, int cores) {
        System.out.printf(Locale.ROOT, "%n== gallery of %,d templates%n", size);
        SplittableRandom random = new SplittableRandom(size);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        List<Template> templates = new ArrayList<>(size);
        for (int i = 0; i < size - GENUINE.length; i++) {
            templates.add(SyntheticTemplates.perturb(sources.get(i % sources.size()), random));
        }
        for (String[] pair : GENUINE) {
            templates.add(real.get(pair[1]));
        }
        Gallery exhaustive = new Gallery(cores, 1.0);
        Gallery prefiltered = new Gallery();
        for (int i = 0; i < templates.size(); i++) {
            String subject = i >= size - GENUINE.length ? "mate-" + GENUINE[i - (size - GENUINE.length)][1] : "synthetic-" + i;
            exhaustive.add(subject, FingerPosition.UNKNOWN, templates.get(i));
        }
        long heapOneGallery = usedHeap() - heapBefore;
        for (int i = 0; i < templates.size(); i++) {
            String subject = i >= size - GENUINE.length ? "mate-" + GENUINE[i - (size - GENUINE.length)][1] : "synthetic-" + i;
            prefiltered.add(subject, FingerPosition.UNKNOWN, templates.get(i));
        }
        FingerprintTemplate[] baseline = templates.stream()
                .map(t -> new FingerprintTemplate(SyntheticTemplates.sourceAfisBytes(t))).toArray(FingerprintTemplate[]::new);
        System.out.printf(Locale.ROOT, "built in %.0f s; memory per template: %,d bytes estimated by SourceAFIS + pre-filter, "
                        + "%,d bytes measured on the heap (templates and one gallery)%n",
                (System.nanoTime() - start) / 1e9, exhaustive.memoryBytes() / size, heapOneGallery / size);

        // warm the baseline's code up as the galleries' is warmed up before timing
        FingerprintMatcher warmUp = new FingerprintMatcher(baseline[0]);
        for (int i = 0; i < Math.min(3_000, baseline.length); i++) {
            warmUp.match(baseline[i]);
        }
        System.out.println("probe            mate           | baseline 1 thread      | gallery exhaustive     | gallery pre-filtered");
        for (String[] pair : GENUINE) {
            Template probe = real.get(pair[0]);
            String mate = "mate-" + pair[1];
            // baseline: the loop a user would write first
            long t0 = System.nanoTime();
            FingerprintMatcher matcher = new FingerprintMatcher(new FingerprintTemplate(SyntheticTemplates.sourceAfisBytes(probe)));
            double best = -1;
            int bestIndex = -1;
            for (int i = 0; i < baseline.length; i++) {
                double score = matcher.match(baseline[i]);
                if (score > best) {
                    best = score;
                    bestIndex = i;
                }
            }
            double baselineSeconds = (System.nanoTime() - t0) / 1e9;
            boolean baselineFound = bestIndex >= size - GENUINE.length && best >= Thresholds.MATCH;
            String exhaustiveResult = timed(exhaustive, probe, mate);
            String prefilteredResult = timed(prefiltered, probe, mate);
            System.out.printf(Locale.ROOT, "%-16s %-14s | %6.2f s %-13s | %s | %s%n", pair[0], pair[1], baselineSeconds,
                    baselineFound ? "found" : "MISSED", exhaustiveResult, prefilteredResult);
        }
    }

    /** Median of three searches after one warm-up, and whether the mate came first. */
    private static String timed(Gallery gallery, Template probe, String mate) {
        gallery.identify(probe, FingerPosition.UNKNOWN, Thresholds.MATCH, 10);
        double[] seconds = new double[3];
        List<Candidate> candidates = List.of();
        for (int r = 0; r < seconds.length; r++) {
            long t0 = System.nanoTime();
            candidates = gallery.identify(probe, FingerPosition.UNKNOWN, Thresholds.MATCH, 10);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        boolean found = !candidates.isEmpty() && candidates.get(0).subjectId().equals(mate);
        return String.format(Locale.ROOT, "%6.3f s %-13s", seconds[1],
                found ? "found " + Math.round(candidates.get(0).score()) : "MISSED");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
