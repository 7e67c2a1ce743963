package org.tangier.biometrics;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The threads a gallery's searches run on, shared by the {@link Gallery} and the {@link CompactGallery} so that both
 * split a search's prints the same way: a few chunks per thread, so that a slow chunk does not leave other threads
 * idle.
 */
final class SearchThreads {

    /** Work on the prints [from, to) of one search. */
    interface RangeTask {
        void run(int from, int to);
    }

    private final ForkJoinPool pool;

    SearchThreads(int parallelism) {
        this.pool = new ForkJoinPool(parallelism);
    }

    /** Runs the task over [0, n) in chunks on the pool; on the calling thread when there is a chunk or less. */
    void inParallel(int n, RangeTask task) {
        int chunks = Math.min(n, pool.getParallelism() * 8);
        if (chunks <= 1) {
            task.run(0, n);
            return;
        }
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel()
                    .forEach(c -> task.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fingerprint search interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fingerprint search failed: " + e.getCause(), e.getCause());
        }
    }

    void shutdown() {
        pool.shutdown();
    }
}
