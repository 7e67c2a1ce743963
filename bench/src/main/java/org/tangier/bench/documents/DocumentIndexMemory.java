package org.tangier.bench.documents;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import org.tangier.matching.index.KeyIndex;

/**
 * Memory per record, build time and snapshot times of a stolen-document {@link KeyIndex}, against a
 * {@code HashMap<String, int[]>} of the same keys.
 *
 * <pre>
 * java -Xmx8g -cp bench/target/tangier-bench.jar org.tangier.bench.documents.DocumentIndexMemory [keys] [--no-baseline]
 * </pre>
 */
public final class DocumentIndexMemory {

    private DocumentIndexMemory() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
        boolean baseline = !java.util.Arrays.asList(args).contains("--no-baseline");
        System.out.printf(Locale.ROOT, "%s %s, %d cores, max heap %d MiB, %,d keys%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, keys);

        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        KeyIndex index = new KeyIndex(keys);
        for (int i = 0; i < keys; i++) {
            index.add(SyntheticDocuments.key(i), i);
        }
        long buildNanos = System.nanoTime() - start;
        long after = usedHeapAfterGc();
        report("KeyIndex (presized)", keys, index.size(), after - before, buildNanos);
        System.out.printf(Locale.ROOT, "  arrays allocated by the index: %,d bytes (%.1f per key)%n",
                index.allocatedBytes(), index.allocatedBytes() / (double) keys);

        index = null;
        before = usedHeapAfterGc();
        start = System.nanoTime();
        KeyIndex grown = new KeyIndex();
        for (int i = 0; i < keys; i++) {
            grown.add(SyntheticDocuments.key(i), i);
        }
        buildNanos = System.nanoTime() - start;
        after = usedHeapAfterGc();
        report("KeyIndex (grown from empty)", keys, grown.size(), after - before, buildNanos);

        Path file = Files.createTempFile("tangier-documents", ".idx");
        try {
            start = System.nanoTime();
            grown.writeSnapshot(file);
            long writeNanos = System.nanoTime() - start;
            int size = grown.size();
            grown = null;
            usedHeapAfterGc();
            start = System.nanoTime();
            KeyIndex loaded = KeyIndex.readSnapshot(file);
            long readNanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "snapshot: %,d bytes (%.1f per key), written in %.2f s, read and rebuilt in %.2f s (%,d keys)%n",
                    Files.size(file), Files.size(file) / (double) keys, writeNanos / 1e9, readNanos / 1e9, loaded.size());
            if (loaded.size() != size) {
                throw new IllegalStateException("snapshot lost keys");
            }
            loaded = null;
        } finally {
            Files.deleteIfExists(file);
        }

        if (baseline) {
            before = usedHeapAfterGc();
            start = System.nanoTime();
            HashMap<String, int[]> map = new HashMap<>(keys * 4 / 3 + 1);
            for (int i = 0; i < keys; i++) {
                int id = i;
                map.merge(SyntheticDocuments.key(i), new int[] {id}, (a, b) -> {
                    int[] both = java.util.Arrays.copyOf(a, a.length + 1);
                    both[a.length] = id;
                    return both;
                });
            }
            buildNanos = System.nanoTime() - start;
            after = usedHeapAfterGc();
            report("HashMap<String,int[]> (presized)", keys, map.size(), after - before, buildNanos);
            map.clear();
        }
    }

    private static void report(String what, int keys, int distinct, long bytes, long nanos) {
        System.out.printf(Locale.ROOT, "%-34s %,d distinct keys, heap +%,d bytes = %.1f bytes per record, built in %.2f s (%.0f ns per key)%n",
                what, distinct, bytes, bytes / (double) keys, nanos / 1e9, nanos / (double) keys);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
