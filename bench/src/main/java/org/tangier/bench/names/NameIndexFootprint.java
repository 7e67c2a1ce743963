package org.tangier.bench.names;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonQuery;
import org.tangier.matching.name.Verdict;

/**
 * Build time, heap per indexed person and search latency percentiles of {@link NameIndex} over a synthetic
 * population (default 1,000,000 persons). Heap is measured as used heap after forced garbage collections,
 * before and after loading, with the persons streamed in batches so that only the index stays reachable.
 *
 * <p>Usage: {@code java -Xmx6g -cp bench/target/tangier-bench.jar org.tangier.bench.names.NameIndexFootprint [persons] [queries] [--lucene]}
 * ({@code --lucene} also measures the Lucene FuzzyQuery baseline of {@link NameSearchBenchmark} the same way.)
 */
public final class NameIndexFootprint {

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        System.out.printf("JVM %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long before = usedHeap();
        long start = System.nanoTime();
        NameIndex index = build(persons);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long after = usedHeap();
        System.out.printf("built %,d persons in %.1f s (%.0f persons/s)%n", index.size(), buildSeconds, persons / buildSeconds);
        System.out.printf("heap used by the index: %,d MB, %.0f bytes per person%n", (after - before) >> 20, (after - before) / (double) persons);

        SyntheticPopulation population = new SyntheticPopulation(42);
        SplittableRandom random = new SplittableRandom(7);
        List<PersonQuery> list = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < persons && list.size() < queries; i++) {
            PersonEntry p = population.person(i);
            if (random.nextInt(Math.max(1, persons / queries)) == 0) {
                list.add(SyntheticPopulation.queryFor(p, random));
                expected.add(p.id());
            }
        }
        // the person searched for among the results, at or above POSSIBLE (also warms the JIT up)
        int found = 0;
        for (int i = 0; i < list.size(); i++) {
            int id = expected.get(i);
            if (index.search(list.get(i), x -> true, 10).stream().anyMatch(c -> c.id() == id && c.verdict() != Verdict.NO_HIT)) found++;
        }
        System.out.printf("searched person found at POSSIBLE or above: %d of %d (%.3f)%n", found, list.size(), found / (double) list.size());
        report("1 thread", latencies(q -> index.search(q, id -> true, 10), list, 1));
        report("2 threads", latencies(q -> index.search(q, id -> true, 10), list, 2));
        if (List.of(args).contains("--lucene")) {
            // the baseline over the same population, measured the same way (it walks its own query list)
            var lucene = new NameSearchBenchmark();
            lucene.persons = persons;
            lucene.setUp();
            var cursor = new NameSearchBenchmark.Cursor();
            for (int i = 0; i < 300; i++) lucene.luceneFuzzyQuery(cursor); // warm-up
            report("Lucene FuzzyQuery baseline, 1 thread", latencies(q -> lucene.luceneFuzzyQuery(cursor), list, 1));
        }
    }

    interface Search {
        void run(PersonQuery q) throws Exception;
    }


    static NameIndex build(int persons) {
        NameIndex index = new NameIndex();
        SyntheticPopulation population = new SyntheticPopulation(42);
        List<PersonEntry> batch = new ArrayList<>(10_000);
        for (int i = 0; i < persons; i++) {
            batch.add(population.person(i));
            if (batch.size() == 10_000 || i == persons - 1) {
                index.putAll(batch);
                batch.clear();
            }
        }
        return index;
    }

    private static long[] latencies(Search search, List<PersonQuery> queries, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long[] out = new long[queries.size() * 2];
                    var bean = ManagementFactory.getThreadMXBean();
                    long cpu = bean.getCurrentThreadCpuTime();
                    for (int i = 0; i < queries.size(); i++) {
                        PersonQuery q = queries.get((i + offset * 997) % queries.size());
                        long s = System.nanoTime(), c = bean.getCurrentThreadCpuTime();
                        search.run(q);
                        out[i] = System.nanoTime() - s;
                        out[queries.size() + i] = bean.getCurrentThreadCpuTime() - c;
                    }
                    // CPU time says what a query costs when the machine is shared (wall time also waits for a core)
                    System.out.printf("  thread %d: mean CPU time per query %.2f ms%n", offset,
                            (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / queries.size());
                    return out;
                }));
            }
            List<Long> wall = new ArrayList<>(), cpu = new ArrayList<>();
            for (Future<long[]> f : futures) {
                long[] v = f.get();
                for (int i = 0; i < v.length / 2; i++) {
                    wall.add(v[i]);
                    cpu.add(v[v.length / 2 + i]);
                }
            }
            wall.addAll(cpu); // wall times, then CPU times
            return wall.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String label, long[] both) {
        int n = both.length / 2;
        print(label + ", wall", Arrays.copyOfRange(both, 0, n));
        print(label + ", CPU", Arrays.copyOfRange(both, n, both.length));
    }

    private static void print(String label, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("search latency, %s, %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.9)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
