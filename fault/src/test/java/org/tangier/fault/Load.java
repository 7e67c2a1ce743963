package org.tangier.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs request loops on parallel threads for a bounded time and collects every answer. */
final class Load {

    private Load() {
    }

    /** {@code threads} loops calling {@code request} until {@code seconds} have passed (each at least once). */
    static List<Api.Answer> run(int threads, double seconds, Supplier<Api.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<List<Api.Answer>>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            loops.add(pool.submit(() -> {
                List<Api.Answer> answers = new ArrayList<>();
                do {
                    answers.add(request.get());
                } while (System.nanoTime() < end);
                return answers;
            }));
        }
        List<Api.Answer> all = new ArrayList<>();
        for (Future<List<Api.Answer>> loop : loops) {
            all.addAll(loop.get((long) seconds + 120, TimeUnit.SECONDS));
        }
        pool.shutdownNow();
        return all;
    }

    static long count(List<Api.Answer> answers, java.util.function.Predicate<Api.Answer> which) {
        return answers.stream().filter(which).count();
    }
}
