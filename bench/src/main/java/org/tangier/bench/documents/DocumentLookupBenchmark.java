package org.tangier.bench.documents;

import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.index.KeyIndex;

/**
 * Stolen-document lookup with {@code keys} documents loaded: {@link KeyIndex} against the structure one would
 * write first, {@code HashMap<String, int[]>}, holding the same keys in the same run. Queries cycle through
 * 1 Mi random keys, so that most lookups miss the CPU caches as they would in production.
 *
 * <pre>java -jar bench/target/tangier-bench.jar DocumentLookupBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class DocumentLookupBenchmark {

    private static final int QUERIES = 1 << 20;

    @Param({"10000000"})
    public int keys;

    /** Whether to load the HashMap baseline too (it needs about 1.5 GB at ten million keys). */
    @Param({"true"})
    public boolean baseline;

    private KeyIndex index;
    private HashMap<String, int[]> map;
    private String[] hits;
    private String[] misses;
    private String[][] typed;
    private int cursor;

    @Setup(Level.Trial)
    public void load() {
        index = new KeyIndex(keys);
        for (int i = 0; i < keys; i++) {
            index.add(SyntheticDocuments.key(i), i);
        }
        if (baseline) {
            map = new HashMap<>(keys * 4 / 3 + 1);
            for (int i = 0; i < keys; i++) {
                int id = i;
                map.merge(SyntheticDocuments.key(i), new int[] {id}, (a, b) -> {
                    int[] both = java.util.Arrays.copyOf(a, a.length + 1);
                    both[a.length] = id;
                    return both;
                });
            }
        }
        SplittableRandom random = new SplittableRandom(9303);
        hits = new String[QUERIES];
        misses = new String[QUERIES];
        typed = new String[QUERIES][];
        for (int q = 0; q < QUERIES; q++) {
            long i = random.nextInt(keys);
            hits[q] = SyntheticDocuments.key(i);
            misses[q] = SyntheticDocuments.missingKey(i);
            typed[q] = SyntheticDocuments.typed(i);
        }
    }

    private int next() {
        return cursor = (cursor + 1) & (QUERIES - 1);
    }

    @Benchmark
    public int[] keyIndexHit() {
        return index.lookup(hits[next()]);
    }

    @Benchmark
    public int[] keyIndexMiss() {
        return index.lookup(misses[next()]);
    }

    @Benchmark
    public int[] hashMapHit() {
        return map == null ? null : map.get(hits[next()]);
    }

    @Benchmark
    public int[] hashMapMiss() {
        return map == null ? null : map.get(misses[next()]);
    }

    /** What a border check costs end to end: normalise what the clerk typed, then look it up. */
    @Benchmark
    public int[] normaliseAndLookup() {
        String[] t = typed[next()];
        return index.lookup(DocumentKey.of(t[0], t[1]).lookupKey());
    }
}
