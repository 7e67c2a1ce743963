package org.tangier.bench.biometrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.CompactGallery;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Gallery;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.Thresholds;

/**
 * A national gallery on one node: one-finger searches against the partition of one finger holding one print of each
 * of {@code persons} persons (1,000,000 by default; a ten-print gallery holds nine more such partitions, which a
 * search of a known finger does not touch). Compared in the same run with the current approach (the heap
 * {@link Gallery}, 5% pre-filter share) at {@code baseline} prints, with the compact gallery at that size too.
 *
 * <p>Gallery prints are synthetic: perturbed copies of real prints ({@link SyntheticTemplates}). Real genuine pairs
 * (two impressions of one finger from the shared data) are planted: their retention by the pre-filter and whether
 * the search ranks the mate first are reported. Timing probes are the real probes plus perturbed real prints.
 *
 * <pre>java -Xmx10g -cp bench/target/tangier-bench.jar org.tangier.bench.biometrics.NationalGalleryBenchmark [DATA_DIR] [PERSONS] [BASELINE] [SHORTLIST]</pre>
 */
public final class NationalGalleryBenchmark {

    /** Probe and enrolled mate (two real impressions of one finger), by name in {@link RealPrints}. */
    private static final String[][] GENUINE = {{"probe.png", "matching.png"}, {"card-11", "card-1"}, {"card-12", "card-6"},
            {"tip-0", "tip-1"}};
    private static final Set<String> PLANTED = Set.of("probe.png", "matching.png", "card-1", "card-6", "card-11", "card-12",
            "tip-0", "tip-1");
    private static final FingerPosition FINGER = FingerPosition.RIGHT_INDEX;
    private static final int TIMING_PROBES = 30;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data/fingerprints");
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int baseline = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int shortlist = args.length > 3 ? Integer.parseInt(args[3]) : CompactGallery.DEFAULT_SHORTLIST;
        Map<String, Template> real = RealPrints.load(data);
        List<byte[]> sources = real.entrySet().stream().filter(e -> !PLANTED.contains(e.getKey()))
                .map(e -> e.getValue().toBytes()).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d cores, %s %s, max heap %d MB; %d real source prints; load average %.1f%n", cores,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                sources.size(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<Template> probes = new ArrayList<>();
        for (String[] pair : GENUINE) {
            probes.add(real.get(pair[0]));
        }
        SplittableRandom probeRandom = new SplittableRandom(7);
        while (probes.size() < TIMING_PROBES) {
            probes.add(Template.fromBytes(SyntheticTemplates.perturbStored(sources.get(probes.size() % sources.size()), probeRandom)));
        }

        // --- the current approach at the baseline size, and the compact gallery at the same size
        System.out.printf(Locale.ROOT, "%n== %,d prints of one finger%n", baseline);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Gallery heap = new Gallery();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < baseline - GENUINE.length; i++) {
            heap.add("person-" + i, FINGER, Template.fromBytes(SyntheticTemplates.perturbStored(sources.get(i % sources.size()), random)));
        }
        for (String[] pair : GENUINE) {
            heap.add("mate-" + pair[1], FINGER, real.get(pair[1]));
        }
        long heapPerPrint = (usedHeap() - heapBefore) / baseline;
        System.out.printf(Locale.ROOT, "heap gallery (current): built in %.0f s, %,d bytes a print measured on the heap%n",
                (System.nanoTime() - start) / 1e9, heapPerPrint);
        report("heap gallery (current), 5% shortlist", probes, (probe, pair) -> heap.identify(probe, FINGER, Thresholds.POSSIBLE, 10), -1, null);
        heap.removeSubject("x"); // keep it reachable until here

        CompactGallery small = compact(baseline, sources, real, shortlist);
        report("compact gallery, shortlist " + shortlist, probes,
                (probe, pair) -> small.identify(probe, FINGER, Thresholds.POSSIBLE, 10), shortlist, small);
        small.close();

        // --- the national size
        System.out.printf(Locale.ROOT, "%n== %,d prints of one finger (one per person)%n", persons);
        System.gc();
        long before = usedHeap();
        start = System.nanoTime();
        CompactGallery national = compact(persons, sources, real, shortlist);
        long indexPerPrint = (usedHeap() - before) / persons;
        System.out.printf(Locale.ROOT, "compact gallery: built in %.0f s; %,d bytes a print off-heap (compact form) + %,d bytes a"
                        + " print on the heap (index, subject ids); a ten-print gallery of %,d persons: %.1f GB%n",
                (System.nanoTime() - start) / 1e9, national.storedBytes() / persons, indexPerPrint, persons,
                10.0 * persons * (national.storedBytes() / (double) persons + indexPerPrint) / 1e9);
        report("compact gallery, shortlist " + shortlist, probes,
                (probe, pair) -> national.identify(probe, FINGER, Thresholds.POSSIBLE, 10), shortlist, national);
        national.close();
    }

    private static CompactGallery compact(int size, List<byte[]> sources, Map<String, Template> real, int shortlist) {
        long start = System.nanoTime();
        CompactGallery gallery = new CompactGallery(null, Runtime.getRuntime().availableProcessors(), shortlist);
        AtomicInteger next = new AtomicInteger();
        int synthetic = size - GENUINE.length;
        // perturbing is the slow part of building; enrolment itself is serialised by the gallery's lock
        IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(thread -> {
            SplittableRandom random = new SplittableRandom(1_000 + thread);
            for (int i = next.getAndIncrement(); i < synthetic; i = next.getAndIncrement()) {
                gallery.add("person-" + i, FINGER, SyntheticTemplates.perturbStored(sources.get(i % sources.size()), random));
            }
        });
        for (String[] pair : GENUINE) {
            gallery.add("mate-" + pair[1], FINGER, real.get(pair[1]));
        }
        System.out.printf(Locale.ROOT, "compact gallery of %,d built in %.0f s, %,d bytes a print off-heap%n", size,
                (System.nanoTime() - start) / 1e9, gallery.storedBytes() / size);
        return gallery;
    }

    private interface Search {
        List<Candidate> run(Template probe, String[] pair);
    }

    private static void report(String label, List<Template> probes, Search search, int shortlist, CompactGallery gallery) {
        search.run(probes.get(probes.size() - 1), null); // warm-up
        long[] times = new long[probes.size()];
        StringBuilder mates = new StringBuilder();
        for (int i = 0; i < probes.size(); i++) {
            long t = System.nanoTime();
            List<Candidate> found = search.run(probes.get(i), i < GENUINE.length ? GENUINE[i] : null);
            times[i] = System.nanoTime() - t;
            if (i < GENUINE.length) {
                String mate = "mate-" + GENUINE[i][1];
                int rank = IntStream.range(0, found.size()).filter(r -> found.get(r).subjectId().equals(mate)).findFirst().orElse(-1);
                String kept = gallery == null ? "" : ", pre-filter rank " + gallery.prefilterRank(probes.get(i), FINGER, mate);
                mates.append(String.format(Locale.ROOT, "%n    %s -> %s: %s%s", GENUINE[i][0], GENUINE[i][1],
                        rank < 0 ? "not in the answer" : "rank " + (rank + 1) + ", score " + Math.round(found.get(rank).score()), kept));
            }
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d searches, median %.2f s, p99 %.2f s, max %.2f s; genuine pairs:%s%n", label,
                times.length, sorted[sorted.length / 2] / 1e9, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e9,
                sorted[sorted.length - 1] / 1e9, mates);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
