package org.tangier.bench.biometrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
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
 * {@link Gallery}, 5% pre-filter share) at {@code baseline} prints (20,000 by default: the heap gallery needs 21 GB
 * at a million), with the compact gallery at that size too.
 *
 * <p>Gallery prints are synthetic: {@code baseline} distinct perturbed copies of real prints
 * ({@link SyntheticTemplates}); the national gallery cycles through them (each enrolled persons / baseline times),
 * because making a million distinct SourceAFIS templates takes longer than a benchmark run may. Real genuine pairs
 * (two impressions of one finger from the shared data) are planted: their retention by the pre-filter and whether
 * the search ranks the mate first are reported. Timing probes are the real probes plus perturbed real prints.
 *
 * <p>Both galleries are filled as the server fills them: subject ids and print ids are UUID strings, and the compact
 * gallery loads each print from its stored bytes ({@code add(subject, printId, position, storedBytes)}, as the
 * server's {@code PrintGallery} does at start-up), so the memory a print takes is the server's.
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
    private static final int TIMING_PROBES = 8;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data/fingerprints");
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int baseline = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
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

        // --- a pool of distinct synthetic prints: the baseline gallery, and the national gallery's prints cycle through it
        long start = System.nanoTime();
        Template[] pool = new Template[baseline - GENUINE.length];
        IntStream.range(0, pool.length).parallel().forEach(i -> pool[i] = Template.fromBytes(
                SyntheticTemplates.perturbStored(sources.get(i % sources.size()), new SplittableRandom(i))));
        System.out.printf(Locale.ROOT, "%n%,d distinct synthetic prints made in %.0f s%n", pool.length, (System.nanoTime() - start) / 1e9);

        // --- the current approach at the baseline size, and the compact gallery at the same size
        System.out.printf(Locale.ROOT, "%n== %,d prints of one finger%n", baseline);
        long heapBefore = usedHeap();
        Gallery heap = new Gallery();
        for (int i = 0; i < pool.length; i++) {
            heap.add(UUID.randomUUID().toString(), UUID.randomUUID().toString(), FINGER, pool[i]);
        }
        for (String[] pair : GENUINE) {
            heap.add("mate-" + pair[1], UUID.randomUUID().toString(), FINGER, real.get(pair[1]));
        }
        long heapPerPrint = (usedHeap() - heapBefore) / baseline;
        System.out.printf(Locale.ROOT, "heap gallery (current): %,d bytes a print by SourceAFIS's estimate + pre-filter keys;"
                + " %,d bytes a print of gallery index on the heap (the pool's templates are shared with it)%n",
                heap.memoryBytes() / baseline, heapPerPrint);
        report("heap gallery (current), 5% shortlist", probes, probe -> heap.identify(probe, FINGER, Thresholds.POSSIBLE, 10), null, 0);
        heap.removeSubject("x"); // keeps the heap gallery reachable until here

        byte[][] stored = new byte[pool.length][];
        for (int i = 0; i < pool.length; i++) {
            stored[i] = pool[i].toBytes();
        }
        CompactGallery small = compact(baseline, stored, real, shortlist);
        report("compact gallery, shortlist " + shortlist, probes, probe -> small.identify(probe, FINGER, Thresholds.POSSIBLE, 10), small, shortlist);
        small.close();

        // --- the national size
        System.out.printf(Locale.ROOT, "%n== %,d prints of one finger (one per person)%n", persons);
        long before = usedHeap();
        CompactGallery national = compact(persons, stored, real, shortlist);
        long indexPerPrint = (usedHeap() - before) / persons;
        System.out.printf(Locale.ROOT, "%,d bytes a print off-heap (compact form) + %,d bytes a print on the heap (index,"
                        + " subject ids); a ten-print gallery of %,d persons: %.1f GB%n",
                national.storedBytes() / persons, indexPerPrint, persons,
                10.0 * persons * (national.storedBytes() / (double) persons + indexPerPrint) / 1e9);
        report("compact gallery, shortlist " + shortlist, probes, probe -> national.identify(probe, FINGER, Thresholds.POSSIBLE, 10), national, shortlist);
        national.close();
    }

    /** The pool's prints cycled to {@code size} persons (each print of the pool enrolled size / pool times), plus the mates. */
    private static CompactGallery compact(int size, byte[][] pool, Map<String, Template> real, int shortlist) {
        long start = System.nanoTime();
        CompactGallery gallery = new CompactGallery(null, Runtime.getRuntime().availableProcessors(), shortlist);
        for (int i = 0; i < size - GENUINE.length; i++) {
            gallery.add(UUID.randomUUID().toString(), UUID.randomUUID().toString(), FINGER, pool[i % pool.length]);
        }
        for (String[] pair : GENUINE) {
            gallery.add("mate-" + pair[1], UUID.randomUUID().toString(), FINGER, real.get(pair[1]).toBytes());
        }
        System.out.printf(Locale.ROOT, "compact gallery of %,d built in %.0f s, %,d bytes a print off-heap%n", size,
                (System.nanoTime() - start) / 1e9, gallery.storedBytes() / size);
        return gallery;
    }

    private interface Search {
        List<Candidate> run(Template probe);
    }

    private static void report(String label, List<Template> probes, Search search, CompactGallery gallery, int shortlist) {
        search.run(probes.get(probes.size() - 1)); // warm-up
        long[] times = new long[probes.size()];
        long[] cpu = new long[probes.size()];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        StringBuilder mates = new StringBuilder();
        for (int i = 0; i < probes.size(); i++) {
            long t = System.nanoTime(), c = os.getProcessCpuTime();
            List<Candidate> found = search.run(probes.get(i));
            times[i] = System.nanoTime() - t;
            cpu[i] = os.getProcessCpuTime() - c;
            if (i < GENUINE.length) {
                String mate = "mate-" + GENUINE[i][1];
                int rank = IntStream.range(0, found.size()).filter(r -> found.get(r).subjectId().equals(mate)).findFirst().orElse(-1);
                int edgeRank = gallery == null ? -1 : gallery.prefilterRank(probes.get(i), FINGER, mate);
                String kept = gallery == null ? "" : ", edge-vote rank " + edgeRank + ", kept on the shortlist: "
                        + (edgeRank >= 0 && edgeRank < shortlist ? "yes" : "NO");
                mates.append(String.format(Locale.ROOT, "%n    %s -> %s: %s%s", GENUINE[i][0], GENUINE[i][1],
                        rank < 0 ? "not in the answer" : "rank " + (rank + 1) + ", score " + Math.round(found.get(rank).score()), kept));
            }
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        System.out.printf(Locale.ROOT, "%s: %d searches, wall median %.2f s, p99 %.2f s; process CPU a search median %.2f s,"
                        + " p99 %.2f s (load average now %.1f); genuine pairs:%s%n", label,
                times.length, sorted[sorted.length / 2] / 1e9, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e9,
                cpuSorted[cpuSorted.length / 2] / 1e9, cpuSorted[(int) Math.ceil(cpuSorted.length * 0.99) - 1] / 1e9,
                os.getSystemLoadAverage(), mates);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
